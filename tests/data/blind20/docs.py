"""Blind gold set blind20: ten passages written and annotated by hand (see docs/guidelines.md)."""

from gold_builder import E  # the event helper every set shares

DOCS: list[dict] = []


# 1. Pakistan and Afghanistan: conflict / security story
DOCS.append(dict(
    id="blind20-01-pakistan-paktika-strikes",
    title="Pakistan strikes TTP hideouts in Afghanistan; Kabul warns of consequences",
    published="2025-10-13",
    text=(
        "PESHAWAR — Pakistan's military said on Monday its jets had struck hideouts of the Tehreek-e-Taliban "
        "Pakistan (TTP) in Afghanistan's Paktika province on Sunday night, killing at least 12 fighters, a day "
        "after the group killed seven soldiers in an ambush in North Waziristan on Saturday.\n\n"
        "\"We will hit them wherever they hide unless Kabul acts against them,\" Major General Faraz Qadir, the "
        "army's chief spokesman, told reporters in Rawalpindi.\n\n"
        "The Taliban government in Kabul condemned the raids as a violation of Afghan sovereignty. Its spokesman, "
        "Mawlawi Hamdullah Rahimi, said four children were among the dead and denied that Kabul harboured the "
        "militants. \"If Pakistan repeats this aggression, it will face consequences,\" he warned.\n\n"
        "Islamabad has long accused the Taliban of sheltering the TTP, which has stepped up attacks since 2021. "
        "The two sides agreed in July to reopen the Torkham crossing to trucks.\n\n"
        "China, which has mediated between the neighbours, urged both to halt hostilities and offered to host "
        "talks in Beijing next month. Pakistan's foreign office said it would attend only if the Taliban first "
        "handed over wanted militant commanders.\n"
    ),
    actors=[
        ("mil", "Pakistani military", "government", "PAK", "armed forces of Pakistan",
         ["Pakistan's military", "its jets", "seven soldiers", "We||We will hit"]),
        ("ttp", "Tehreek-e-Taliban Pakistan", "group", "PAK", None,
         ["the Tehreek-e-Taliban Pakistan", "TTP", "at least 12 fighters", "the group", "them@1", "they@1",
          "them@2", "the militants", "the TTP"]),
        ("qadir", "Faraz Qadir", "person", "PAK", "chief spokesman of the Pakistani army",
         ["Major General Faraz Qadir, the army's chief spokesman"]),
        ("afg", "Taliban government of Afghanistan", "government", "AFG", "Afghan government",
         ["Kabul||unless Kabul acts", "The Taliban government in Kabul", "Kabul||that Kabul harboured",
          "the Taliban||accused the Taliban", "The two sides", "the neighbours", "both||urged both",
          "the Taliban||if the Taliban"]),
        ("rahimi", "Mawlawi Hamdullah Rahimi", "person", "AFG", "spokesman of the Taliban government",
         ["Its spokesman, Mawlawi Hamdullah Rahimi", "he||he warned"]),
        ("pak", "Pakistan", "government", "PAK", "Pakistani government",
         ["Pakistan||If Pakistan repeats", "it||it will face", "Islamabad", "The two sides", "the neighbours",
          "both||urged both", "Pakistan's foreign office", "it||it would attend"]),
        ("china", "China", "government", "CHN", "Chinese government", ["China"]),
    ],
    events=[
        E("e1", "ASSAULT", "struck", "occurred", a=["mil"], r=["ttp"], mode="aerial", ctx=["military", "terrorism"],
          time=("Sunday night", "2025-10-12"), loc=("Paktika province", "Paktika", "AFG"), rb="mil",
          inst="paktika-strikes"),
        E("e2", "ASSAULT", "killing", "occurred", a=["mil"], r=["ttp"], mode="aerial", ctx=["military", "terrorism"],
          time=(None, "2025-10-12"), loc=(None, "Paktika", "AFG"), rb="mil", inst="paktika-strikes"),
        E("e3", "ASSAULT", "killed", "occurred", a=["ttp"], r=["mil"], ctx=["military", "terrorism"],
          time=("Saturday", "2025-10-11"), loc=(None, "North Waziristan", "PAK"), rb="mil",
          inst="waziristan-ambush"),
        E("e4", "ASSAULT", "ambush", "occurred", a=["ttp"], r=["mil"], ctx=["military", "terrorism"],
          time=(None, "2025-10-11"), loc=("North Waziristan", "North Waziristan", "PAK"), rb="mil",
          inst="waziristan-ambush"),
        E("e5", "ASSAULT", "hit", "hypothetical", a=["mil"], r=["ttp"], ctx=["military", "terrorism"], rb="qadir"),
        E("e6", "COERCE", "acts", "hypothetical", a=["afg"], r=["ttp"], ctx=["terrorism"], rb="qadir"),
        E("e7", "ACCUSE", "condemned", "occurred", a=["afg"], r=["mil"], mode="disapprove",
          ctx=["military", "territory"]),
        E("e8", "ASSAULT", "raids", "occurred", a=["mil"], mode="aerial", ctx=["military"],
          time=(None, "2025-10-12"), loc=(None, "Paktika", "AFG"), inst="paktika-strikes"),
        E("e9", "AID", "harboured", "negated", a=["afg"], r=["ttp"], ctx=["terrorism"], rb="rahimi",
          inst="afghan-shelter-ttp"),
        E("e10", "ASSAULT", "repeats", "hypothetical", a=["pak"], r=["afg"], ctx=["military"], rb="rahimi"),
        E("e11", "OTHER", "consequences", "hypothetical", r=["pak"], rb="rahimi"),
        E("e12", "THREATEN", "warned", "occurred", a=["rahimi"], r=["pak"], ctx=["military"]),
        E("e13", "ACCUSE", "accused", "occurred", a=["pak"], r=["afg"], mode="allege", ctx=["terrorism"]),
        E("e14", "AID", "sheltering", "ongoing", a=["afg"], r=["ttp"], ctx=["terrorism"], rb="pak",
          inst="afghan-shelter-ttp"),
        E("e15", "ASSAULT", "attacks", "ongoing", a=["ttp"], ctx=["terrorism"]),
        E("e16", "AGREE", "agreed", "occurred", a=["pak", "afg"], ctx=["diplomatic", "economic"],
          time=("July", "2025-07")),
        E("e17", "CONCEDE", "reopen", "planned", a=["pak", "afg"], ctx=["economic"],
          loc=("Torkham crossing", "Torkham", None), inst="torkham-reopening"),
        E("e18", "CONSULT", "mediated", "occurred", a=["china"], r=["pak", "afg"], mode="third-party",
          ctx=["diplomatic"]),
        E("e19", "REQUEST", "urged", "occurred", a=["china"], r=["pak", "afg"], mode="yield",
          ctx=["diplomatic", "military"]),
        E("e20", "RETREAT", "halt", "desired", a=["pak", "afg"], mode="ceasefire", ctx=["military"]),
        E("e21", "ASSAULT", "hostilities", "ongoing", a=["pak", "afg"], ctx=["military"]),
        E("e22", "AGREE", "offered", "occurred", a=["china"], r=["pak", "afg"], ctx=["diplomatic"]),
        E("e23", "CONSULT", "talks", "desired", a=["pak", "afg"], mode="third-party", ctx=["diplomatic"],
          time=("next month", "2025-11"), loc=("Beijing", "Beijing", "CHN"), inst="beijing-talks"),
        E("e24", "CONSULT", "attend", "hypothetical", a=["pak"], mode="third-party", ctx=["diplomatic"],
          time=(None, "2025-11"), loc=(None, "Beijing", "CHN"), rb="pak", inst="beijing-talks"),
        E("e25", "COOPERATE", "handed over", "hypothetical", a=["afg"], r=["pak"], ctx=["legal", "terrorism"],
          rb="pak"),
    ],
    stances=[
        ("S1", "afg", "e8", "oppose", "condemned"),
    ],
    conds=[
        ("C1", "unless", "unless", ["e6"], ["e5"], "qadir"),
        ("C2", "if", "If", ["e10"], ["e11"], "rahimi"),
        ("C3", "only_if", "only if", ["e25"], ["e24"], "pak"),
    ],
))

# 2. India (Kerala / federal): court procedure story
DOCS.append(dict(
    id="blind20-02-india-kerala-governor-bills",
    title="Supreme Court seeks Centre's reply on Kerala plea over governor's refusal to sign bills",
    published="2025-04-23",
    text=(
        "NEW DELHI — The Supreme Court on Wednesday issued notice to the Centre on a petition by the Kerala "
        "government challenging Governor Ramesh Iyer's refusal to sign four bills passed by the state assembly, "
        "and asked the Union home ministry to respond within three weeks.\n\n"
        "Appearing for the state, senior advocate Thomas Kurian told a two-judge bench headed by Justice Meera "
        "Nair that the governor had sat on the bills for over a year. \"The Constitution does not allow a "
        "governor to veto the will of the legislature by silence,\" he argued.\n\n"
        "Additional Solicitor General Vikram Sethi, representing the Centre, opposed the plea and said Iyer had "
        "referred two of the bills to the President in March because they encroached on Parliament's powers. "
        "He urged the court to wait for her decision.\n\n"
        "Kerala Chief Minister Anitha Varghese welcomed the order. \"If the governor does not act, the court "
        "must step in,\" she told reporters in Thiruvananthapuram, adding that her government would not "
        "withdraw the petition unless all four bills were signed.\n\n"
        "The opposition Bharatiya Janata Party (BJP) accused the Left-led government of staging \"political "
        "theatre\" ahead of next year's assembly election. The bench listed the case for May 14.\n"
    ),
    actors=[
        ("sc", "Supreme Court of India", "government", "IND", "apex court of India",
         ["The Supreme Court", "a two-judge bench", "the court||urged the court", "the court||the court must",
          "The bench"]),
        ("centre", "Government of India", "government", "IND", "Union government of India",
         ["the Centre@1", "the Union home ministry", "the Centre@2"]),
        ("kerala", "Government of Kerala", "government", "IND", "Kerala state government",
         ["the Kerala government", "the state||Appearing for the state", "her government",
          "the Left-led government"]),
        ("iyer", "Ramesh Iyer", "person", "IND", "Governor of Kerala",
         ["Governor Ramesh Iyer", "the governor||the governor had", "Iyer||said Iyer had",
          "the governor||If the governor"]),
        ("kurian", "Thomas Kurian", "person", "IND", "senior advocate for the Kerala government",
         ["senior advocate Thomas Kurian", "he||he argued"]),
        ("sethi", "Vikram Sethi", "person", "IND", "Additional Solicitor General of India",
         ["Additional Solicitor General Vikram Sethi", "He||He urged"]),
        ("pres", "President of India", "person", "IND", "President of India",
         ["the President", "her||her decision"]),
        ("varghese", "Anitha Varghese", "person", "IND", "Chief Minister of Kerala",
         ["Kerala Chief Minister Anitha Varghese", "she||she told"]),
        ("bjp", "Bharatiya Janata Party", "organization", "IND", None,
         ["The opposition Bharatiya Janata Party", "BJP"]),
    ],
    events=[
        E("e1", "REQUEST", "issued notice", "occurred", a=["sc"], r=["centre"], ctx=["legal"],
          time=("Wednesday", "2025-04-23"), inst="sc-notice"),
        E("e2", "ACCUSE", "petition@1", "occurred", a=["kerala"], r=["iyer"], ctx=["legal", "legislative"],
          inst="kerala-petition"),
        E("e3", "REJECT", "refusal", "occurred", a=["iyer"], r=["kerala"], ctx=["legislative"],
          inst="assent-refusal"),
        E("e4", "SUPPORT", "sign", "negated", a=["iyer"], ctx=["legislative"], inst="bill-assent"),
        E("e5", "REQUEST", "asked", "occurred", a=["sc"], r=["centre"], ctx=["legal"],
          time=(None, "2025-04-23"), inst="sc-notice"),
        E("e6", "REJECT", "sat on", "occurred", a=["iyer"], r=["kerala"], ctx=["legislative"], rb="kurian",
          inst="assent-refusal"),
        E("e7", "REJECT", "opposed", "occurred", a=["sethi"], r=["kerala"], ctx=["legal"]),
        E("e8", "ACCUSE", "plea", "occurred", a=["kerala"], r=["iyer"], ctx=["legal"], inst="kerala-petition"),
        E("e9", "REQUEST", "referred", "occurred", a=["iyer"], r=["pres"], ctx=["legislative"],
          time=("March", "2025-03"), rb="sethi"),
        E("e10", "REQUEST", "urged", "occurred", a=["sethi"], r=["sc"], ctx=["legal"]),
        E("e11", "SUPPORT", "welcomed", "occurred", a=["varghese"], r=["sc"], ctx=["legal"]),
        E("e12", "REQUEST", "order", "occurred", a=["sc"], r=["centre"], ctx=["legal"],
          time=(None, "2025-04-23"), inst="sc-notice"),
        E("e13", "OTHER", "does not act", "hypothetical", a=["iyer"], rb="varghese"),
        E("e14", "OTHER", "step in", "hypothetical", a=["sc"], rb="varghese"),
        E("e15", "CONCEDE", "withdraw", "hypothetical", a=["kerala"], ctx=["legal"], rb="varghese"),
        E("e16", "ACCUSE", "petition@2", "occurred", a=["kerala"], r=["iyer"], ctx=["legal"], rb="varghese",
          inst="kerala-petition"),
        E("e17", "SUPPORT", "signed", "hypothetical", a=["iyer"], ctx=["legislative"], rb="varghese",
          inst="bill-assent"),
        E("e18", "ACCUSE", "accused", "occurred", a=["bjp"], r=["kerala"], ctx=["election"]),
    ],
    stances=[
        ("S1", "sethi", "e8", "oppose", "opposed"),
        ("S2", "varghese", "e12", "support", "welcomed"),
    ],
    conds=[
        ("C1", "if", "If", ["e13"], ["e14"], "varghese"),
        ("C2", "only_if", "unless", ["e17"], ["e15"], "varghese"),
    ],
))

# 3. Indonesia and Timor-Leste: diplomatic meeting story
DOCS.append(dict(
    id="blind20-03-indonesia-timor-leste-border",
    title="Indonesia and Timor-Leste agree to resume border talks",
    published="2025-06-13",
    text=(
        "DILI — Indonesian Foreign Minister Sari Wulandari and her Timor-Leste counterpart, Joaquim da Costa, "
        "agreed on Thursday to resume talks on the last two disputed segments of their land border after a "
        "three-year pause.\n\n"
        "Meeting in Dili, the two ministers signed a memorandum on joint patrols along the frontier and discussed "
        "the Oecusse enclave, where villagers from both sides have clashed over farmland. Wulandari said Jakarta "
        "would also fund a new market at the Batugade crossing \"as long as the security situation allows\".\n\n"
        "\"We have waited long enough. Our people want a line on the map, not another committee,\" da Costa told "
        "a joint news conference. He said Dili hoped to settle the dispute before October.\n\n"
        "Wulandari praised what she called Timor-Leste's \"patient diplomacy\" but declined to set a deadline. "
        "Technical teams from the two countries will meet in Kupang next month, and the ministers are due to "
        "review progress in Jakarta in December.\n\n"
        "If the teams agree on the remaining segments, the deal would go to Indonesia's House of "
        "Representatives (DPR) for ratification, which could take months. Timor-Leste's parliament has already "
        "backed the talks.\n"
    ),
    actors=[
        ("wul", "Sari Wulandari", "person", "IDN", "Foreign Minister of Indonesia",
         ["Indonesian Foreign Minister Sari Wulandari", "their", "the two ministers", "Wulandari||Wulandari said",
          "Wulandari||Wulandari praised", "she||she called", "the ministers"]),
        ("dac", "Joaquim da Costa", "person", "TLS", "Foreign Minister of Timor-Leste",
         ["her Timor-Leste counterpart, Joaquim da Costa", "their", "the two ministers",
          "da Costa||da Costa told", "He||He said", "the ministers"]),
        ("idn", "Indonesia", "government", "IDN", "Indonesian government",
         ["Jakarta||Jakarta would", "Technical teams from the two countries", "the teams"]),
        ("tls", "Timor-Leste", "government", "TLS", "Timor-Leste government",
         ["We||We have waited", "Dili||Dili hoped", "Timor-Leste||Timor-Leste's \"patient",
          "Technical teams from the two countries", "the teams"]),
        ("people", "people of Timor-Leste", "group", "TLS", None, ["Our people"]),
        ("vil_i", "Indonesian border villagers", "group", "IDN", None, ["villagers from both sides"]),
        ("vil_t", "Timorese border villagers", "group", "TLS", None, ["villagers from both sides"]),
        ("dpr", "House of Representatives of Indonesia", "government", "IDN", "Indonesian parliament",
         ["Indonesia's House of Representatives", "DPR"]),
        ("tlparl", "National Parliament of Timor-Leste", "government", "TLS", "Timor-Leste parliament",
         ["Timor-Leste's parliament"]),
    ],
    events=[
        E("e1", "AGREE", "agreed", "occurred", a=["wul", "dac"], ctx=["diplomatic", "territory"],
          time=("Thursday", "2025-06-12")),
        E("e2", "CONSULT", "talks@1", "planned", a=["wul", "dac"], ctx=["diplomatic", "territory"],
          inst="border-talks"),
        E("e3", "CONSULT", "Meeting", "occurred", a=["wul"], r=["dac"], mode="visit", ctx=["diplomatic"],
          time=(None, "2025-06-12"), loc=("Dili||Meeting in Dili", "Dili", "TLS"), inst="dili-meeting"),
        E("e4", "SUPPORT", "signed", "occurred", a=["wul", "dac"], ctx=["diplomatic", "territory"],
          time=(None, "2025-06-12"), loc=(None, "Dili", "TLS")),
        E("e5", "COOPERATE", "joint patrols", "planned", a=["idn", "tls"], ctx=["military", "territory"]),
        E("e6", "CONSULT", "discussed", "occurred", a=["wul", "dac"], ctx=["diplomatic", "territory"],
          time=(None, "2025-06-12"), loc=(None, "Dili", "TLS"), inst="dili-meeting"),
        E("e7", "ASSAULT", "clashed", "occurred", a=["vil_i", "vil_t"], ctx=["territory"],
          loc=("Oecusse enclave", "Oecusse", "TLS")),
        E("e8", "AID", "fund", "hypothetical", a=["idn"], r=["tls"], ctx=["economic"], rb="wul",
          loc=("Batugade crossing", "Batugade", "TLS")),
        E("e9", "OTHER", "allows", "hypothetical", rb="wul"),
        E("e10", "SUPPORT", "settle", "desired", a=["tls"], r=["idn"], ctx=["diplomatic", "territory"], rb="dac"),
        E("e11", "SUPPORT", "praised", "occurred", a=["wul"], r=["tls"], ctx=["diplomatic"]),
        E("e12", "REJECT", "declined", "occurred", a=["wul"], r=["tls"], ctx=["diplomatic", "territory"]),
        E("e13", "CONSULT", "meet", "planned", a=["idn", "tls"], ctx=["diplomatic", "territory"],
          time=("next month", "2025-07"), loc=("Kupang", "Kupang", "IDN"), inst="border-talks"),
        E("e14", "CONSULT", "review", "planned", a=["wul", "dac"], ctx=["diplomatic", "territory"],
          time=("December", "2025-12"), loc=("Jakarta||in Jakarta in December", "Jakarta", "IDN")),
        E("e15", "SUPPORT", "agree", "hypothetical", a=["idn", "tls"], ctx=["territory"], inst="border-deal"),
        E("e16", "SUPPORT", "deal", "hypothetical", a=["idn", "tls"], ctx=["territory"], inst="border-deal"),
        E("e17", "SUPPORT", "ratification", "hypothetical", a=["dpr"], ctx=["legislative", "territory"]),
        E("e18", "SUPPORT", "backed", "occurred", a=["tlparl"], ctx=["legislative", "diplomatic"]),
        E("e19", "CONSULT", "talks@2", "planned", a=["idn", "tls"], ctx=["diplomatic", "territory"],
          inst="border-talks"),
    ],
    stances=[
        ("S1", "people", ("span", "a line on the map"), "support", "want"),
        ("S2", "tls", "e10", "support", "hoped"),
        ("S3", "wul", "tls", "support", "praised"),
        ("S4", "tlparl", "e19", "support", "backed"),
    ],
    conds=[
        ("C1", "provided", "as long as", ["e9"], ["e8"], "wul"),
        ("C2", "if", "If", ["e15"], ["e17"], None),
    ],
))

# 4. Sahel and Sudan: official statement quoted at length
DOCS.append(dict(
    id="blind20-04-sudan-el-fasher-truce",
    title="Sudan army sets conditions for El Fasher truce as RSF denies shelling hospitals",
    published="2025-08-10",
    text=(
        "PORT SUDAN — Sudan's army said on Saturday it would accept a week-long humanitarian truce in El Fasher "
        "only if the Rapid Support Forces (RSF) withdrew from the city's eastern districts, in a statement that "
        "dimmed hopes for talks proposed by the African Union.\n\n"
        "The statement, signed by army spokesman Brigadier General Nabil Abdelrahman, read in part: \"The "
        "Sudanese Armed Forces welcome every sincere effort to ease the suffering of our people. But we will not "
        "sign any truce while the militia continues to shell hospitals and besiege civilians. If the rebels lift "
        "the siege and hand over the roads to the Red Crescent, we are prepared to open corridors within "
        "forty-eight hours. Otherwise, our forces will continue to defend El Fasher by every means.\"\n\n"
        "The RSF, which has surrounded the North Darfur capital since last year, denied shelling medical "
        "facilities and accused the army of blocking food convoys. Its commander in the region, Major General "
        "Abbas Daoud, said his fighters would observe a truce \"as long as the army's aircraft stay on the "
        "ground\".\n\n"
        "The African Union Commission called on both sides to send delegations to Addis Ababa by Friday.\n"
    ),
    actors=[
        ("saf", "Sudanese Armed Forces", "government", "SDN", "armed forces of Sudan",
         ["Sudan's army", "it||it would accept", "The Sudanese Armed Forces", "our@1", "we@1", "we@2",
          "our forces", "the army||accused the army", "the army's aircraft", "both sides"]),
        ("abd", "Nabil Abdelrahman", "person", "SDN", "Sudanese army spokesman",
         ["army spokesman Brigadier General Nabil Abdelrahman"]),
        ("rsf", "Rapid Support Forces", "group", "SDN", None,
         ["the Rapid Support Forces", "RSF", "the militia", "the rebels", "The RSF", "his fighters", "both sides"]),
        ("daoud", "Abbas Daoud", "person", "SDN", "RSF commander in North Darfur",
         ["Its commander in the region, Major General Abbas Daoud"]),
        ("au", "African Union", "igo", None, None, ["the African Union", "The African Union Commission"]),
        ("rc", "Sudanese Red Crescent", "organization", "SDN", None, ["the Red Crescent"]),
    ],
    events=[
        E("e1", "AGREE", "accept", "hypothetical", a=["saf"], ctx=["military", "human_security"], rb="saf"),
        E("e2", "RETREAT", "truce@1", "hypothetical", a=["saf", "rsf"], mode="ceasefire",
          ctx=["military", "human_security"], loc=("El Fasher@1", "El Fasher", "SDN"), rb="saf",
          inst="el-fasher-truce"),
        E("e3", "RETREAT", "withdrew", "hypothetical", a=["rsf"], mode="withdraw", ctx=["military"],
          loc=(None, "El Fasher", "SDN"), rb="saf"),
        E("e4", "CONSULT", "talks", "desired", a=["saf", "rsf"], ctx=["diplomatic", "military"], inst="au-talks"),
        E("e5", "AGREE", "proposed", "occurred", a=["au"], r=["saf", "rsf"], ctx=["diplomatic"]),
        E("e6", "SUPPORT", "welcome", "occurred", a=["saf"], ctx=["human_security"], rb="saf"),
        E("e7", "SUPPORT", "sign", "negated", a=["saf"], ctx=["military"], rb="saf"),
        E("e8", "ASSAULT", "shell", "ongoing", a=["rsf"], mode="heavy-weapons", ctx=["military"], rb="saf",
          inst="hospital-shelling"),
        E("e9", "COERCE", "besiege", "ongoing", a=["rsf"], mode="restrict", ctx=["military", "human_security"],
          rb="saf", inst="el-fasher-siege"),
        E("e10", "RETREAT", "lift", "hypothetical", a=["rsf"], ctx=["military", "human_security"], rb="saf"),
        E("e11", "COERCE", "siege", "ongoing", a=["rsf"], mode="restrict", ctx=["military"], rb="saf",
          inst="el-fasher-siege"),
        E("e12", "RETREAT", "hand over", "hypothetical", a=["rsf"], r=["rc"], mode="access",
          ctx=["human_security"], rb="saf"),
        E("e13", "AGREE", "prepared", "occurred", a=["saf"], ctx=["human_security"], rb="saf"),
        E("e14", "RETREAT", "open", "hypothetical", a=["saf"], mode="access", ctx=["human_security"],
          time=("within forty-eight hours", None), rb="saf"),
        E("e15", "ASSAULT", "defend", "hypothetical", a=["saf"], r=["rsf"], ctx=["military"],
          loc=("El Fasher@2", "El Fasher", "SDN"), rb="saf"),
        E("e16", "COERCE", "surrounded", "ongoing", a=["rsf"], mode="restrict", ctx=["military"],
          loc=("North Darfur capital", "El Fasher", "SDN"), inst="el-fasher-siege"),
        E("e17", "ASSAULT", "shelling", "negated", a=["rsf"], mode="heavy-weapons", ctx=["military"], rb="rsf",
          inst="hospital-shelling"),
        E("e18", "ACCUSE", "accused", "occurred", a=["rsf"], r=["saf"], mode="allege",
          ctx=["military", "human_security"]),
        E("e19", "COERCE", "blocking", "ongoing", a=["saf"], ctx=["human_security"], rb="rsf"),
        E("e20", "RETREAT", "truce@3", "hypothetical", a=["rsf"], mode="ceasefire", ctx=["military"],
          rb="daoud", inst="el-fasher-truce"),
        E("e21", "RETREAT", "stay on the ground", "hypothetical", a=["saf"], mode="ceasefire", ctx=["military"],
          rb="daoud"),
        E("e22", "REQUEST", "called on", "occurred", a=["au"], r=["saf", "rsf"], mode="meet",
          ctx=["diplomatic"]),
        E("e23", "CONSULT", "send delegations", "desired", a=["saf", "rsf"], mode="third-party",
          ctx=["diplomatic"], time=("Friday", "2025-08-15"), loc=("Addis Ababa", "Addis Ababa", "ETH"),
          inst="au-talks"),
    ],
    stances=[
        ("S1", "saf", ("span", "every sincere effort to ease the suffering of our people"), "support", "welcome"),
    ],
    conds=[
        ("C1", "only_if", "only if", ["e3"], ["e1", "e2"], "saf"),
        ("C2", "if", "If", ["e10", "e12"], ["e14"], "saf"),
        ("C3", "unless", "Otherwise", ["e10", "e12"], ["e15"], "saf"),
        ("C4", "provided", "as long as", ["e21"], ["e20"], "daoud"),
    ],
))

# 5. Great Lakes (DR Congo, Rwanda): report heavy in reported speech and quotes
DOCS.append(dict(
    id="blind20-05-drc-rwanda-doha",
    title="Congo accuses Rwanda of sending troops ahead of Doha talks",
    published="2025-03-18",
    text=(
        "KINSHASA — Congo's government on Tuesday accused Rwanda of sending fresh troops across the border to "
        "support M23 rebels near Goma, days before the two countries' foreign ministers are due to meet in "
        "Doha.\n\n"
        "\"Kigali says it wants peace, yet its soldiers are deployed in Rubaya as we speak,\" government "
        "spokesman Didier Mbuyi told reporters. \"We will not sign anything in Doha unless those troops leave "
        "our soil.\" He said Kinshasa had asked the UN peacekeeping mission, MONUSCO, to verify the "
        "deployments.\n\n"
        "Rwanda's foreign minister, Claire Uwase, dismissed the accusations as \"a smokescreen for Kinshasa's "
        "own failures\". She said her country was defending itself against the FDLR, a Hutu militia that Kigali "
        "says Congolese units still arm. \"We are ready to travel to Doha tomorrow, provided Congo stops "
        "supplying the FDLR,\" she told state broadcaster RBA.\n\n"
        "An M23 spokesman, Olivier Bisimwa, said the rebels would pull back from Rubaya if the Congolese army "
        "halted drone strikes on their positions, but warned that any attack on Goma \"will be answered\".\n\n"
        "Qatar's foreign ministry said the meeting would go ahead as planned on Saturday.\n"
    ),
    actors=[
        ("drc", "Democratic Republic of the Congo", "government", "COD", "Congolese government",
         ["Congo's government", "the two countries' foreign ministers", "We||We will not sign", "our||our soil",
          "Kinshasa||Kinshasa had asked", "Kinshasa||Kinshasa's own", "Congolese units",
          "Congo||provided Congo", "the Congolese army"]),
        ("rwa", "Rwanda", "government", "RWA", "Rwandan government",
         ["Rwanda||accused Rwanda", "the two countries' foreign ministers", "Kigali||Kigali says it", "it||it wants",
          "its soldiers", "those troops", "her country", "itself", "Kigali||that Kigali says",
          "We||We are ready"]),
        ("m23", "M23", "group", "COD", None, ["M23 rebels", "the rebels", "their||their positions"]),
        ("mbuyi", "Didier Mbuyi", "person", "COD", "Congolese government spokesman",
         ["government spokesman Didier Mbuyi", "He||He said Kinshasa"]),
        ("monusco", "MONUSCO", "igo", None, "UN peacekeeping mission in DR Congo",
         ["the UN peacekeeping mission, MONUSCO"]),
        ("uwase", "Claire Uwase", "person", "RWA", "Foreign Minister of Rwanda",
         ["Rwanda's foreign minister, Claire Uwase", "She||She said", "she||she told"]),
        ("fdlr", "Democratic Forces for the Liberation of Rwanda", "group", "RWA", None,
         ["the FDLR, a Hutu militia", "the FDLR||supplying the FDLR"]),
        ("rba", "RBA", "media", "RWA", "Rwanda Broadcasting Agency", ["state broadcaster RBA"]),
        ("bisimwa", "Olivier Bisimwa", "person", "COD", "M23 spokesman", ["An M23 spokesman, Olivier Bisimwa"]),
        ("qatar", "Qatar", "government", "QAT", "Qatari government", ["Qatar's foreign ministry"]),
    ],
    events=[
        E("e1", "ACCUSE", "accused", "occurred", a=["drc"], r=["rwa"], mode="allege", ctx=["military"],
          time=("Tuesday", "2025-03-18"), inst="drc-accusation"),
        E("e2", "MOBILIZE", "sending", "occurred", a=["rwa"], r=["drc"], mode="troops", ctx=["military"], rb="drc",
          inst="rwanda-deployment"),
        E("e3", "AID", "support", "occurred", a=["rwa"], r=["m23"], ctx=["military"], rb="drc"),
        E("e4", "CONSULT", "meet", "planned", a=["drc", "rwa"], mode="third-party", ctx=["diplomatic"],
          time=(None, "2025-03-22"), loc=("Doha@1", "Doha", "QAT"), inst="doha-talks"),
        E("e5", "MOBILIZE", "deployed", "ongoing", a=["rwa"], mode="troops", ctx=["military"], rb="mbuyi",
          loc=("Rubaya@1", "Rubaya", "COD"), inst="rwanda-deployment"),
        E("e6", "SUPPORT", "sign", "hypothetical", a=["drc"], ctx=["diplomatic"], rb="mbuyi",
          loc=("Doha@2", "Doha", "QAT")),
        E("e7", "RETREAT", "leave", "hypothetical", a=["rwa"], mode="withdraw", ctx=["military"], rb="mbuyi"),
        E("e8", "REQUEST", "asked", "occurred", a=["drc"], r=["monusco"], ctx=["military", "peacekeeping"],
          rb="mbuyi"),
        E("e9", "ACCUSE", "verify", "desired", a=["monusco"], r=["rwa"], mode="investigate", ctx=["military"],
          rb="mbuyi"),
        E("e10", "MOBILIZE", "deployments", "ongoing", a=["rwa"], mode="troops", ctx=["military"], rb="mbuyi",
          inst="rwanda-deployment"),
        E("e11", "REJECT", "dismissed", "occurred", a=["uwase"], r=["drc"], ctx=["military"]),
        E("e12", "ACCUSE", "accusations", "occurred", a=["drc"], r=["rwa"], mode="allege", ctx=["military"],
          inst="drc-accusation"),
        E("e13", "MOBILIZE", "defending", "ongoing", a=["rwa"], r=["fdlr"], ctx=["military"], rb="uwase"),
        E("e14", "AID", "arm", "ongoing", a=["drc"], r=["fdlr"], ctx=["military"], rb="rwa",
          inst="drc-fdlr-arming"),
        E("e15", "AGREE", "ready", "occurred", a=["rwa"], ctx=["diplomatic"], rb="uwase"),
        E("e16", "CONSULT", "travel", "hypothetical", a=["rwa"], mode="third-party", ctx=["diplomatic"],
          time=("tomorrow", "2025-03-19"), loc=("Doha@3", "Doha", "QAT"), rb="uwase", inst="doha-talks"),
        E("e17", "SANCTION", "stops", "hypothetical", a=["drc"], r=["fdlr"], ctx=["military"], rb="uwase"),
        E("e18", "AID", "supplying", "ongoing", a=["drc"], r=["fdlr"], ctx=["military"], rb="uwase",
          inst="drc-fdlr-arming"),
        E("e19", "RETREAT", "pull back", "hypothetical", a=["m23"], mode="withdraw", ctx=["military"],
          loc=("Rubaya@2", "Rubaya", "COD"), rb="bisimwa"),
        E("e20", "RETREAT", "halted", "hypothetical", a=["drc"], mode="ceasefire", ctx=["military"], rb="bisimwa"),
        E("e21", "ASSAULT", "strikes", "ongoing", a=["drc"], r=["m23"], mode="drone", ctx=["military"],
          rb="bisimwa"),
        E("e22", "THREATEN", "warned", "occurred", a=["bisimwa"], r=["drc"], mode="violence", ctx=["military"]),
        E("e23", "ASSAULT", "attack", "hypothetical", ctx=["military"], loc=("Goma@2", "Goma", "COD"),
          rb="bisimwa"),
        E("e24", "ASSAULT", "answered", "hypothetical", a=["m23"], ctx=["military"], rb="bisimwa"),
        E("e25", "CONSULT", "meeting", "planned", a=["drc", "rwa"], mode="third-party", ctx=["diplomatic"],
          time=("Saturday", "2025-03-22"), loc=(None, "Doha", "QAT"), rb="qatar", inst="doha-talks"),
    ],
    stances=[
        ("S1", "rwa", ("span", "peace"), "support", "wants"),
        ("S2", "uwase", "e12", "oppose", "dismissed"),
    ],
    conds=[
        ("C1", "only_if", "unless", ["e7"], ["e6"], "mbuyi"),
        ("C2", "provided", "provided", ["e17"], ["e16"], "uwase"),
        ("C3", "if", "if", ["e20"], ["e19"], "bisimwa"),
    ],
))

# 6. Ukraine and Belarus: straight wire report with dateline
DOCS.append(dict(
    id="blind20-06-ukraine-belarus-buildup",
    title="Ukraine reinforces Belarus border after troop build-up near Mazyr",
    published="2025-06-06",
    text=(
        "KYIV, June 6 — Ukraine's border guard service said on Friday it had reinforced units along the frontier "
        "with Belarus after satellite images showed Belarusian troops and Russian armoured vehicles gathering "
        "near the town of Mazyr, about 60 km from the border.\n\n"
        "Andriy Koval, the service's spokesman, said there was no sign of an imminent offensive but that Kyiv "
        "would not allow \"a repeat of 2022\". He urged Minsk to pull its forces back and said Ukraine was ready "
        "to host Belarusian observers at the Vystupovychi crossing if Minsk agreed to a reciprocal visit.\n\n"
        "Belarus's defence ministry described the deployment as a routine exercise planned with Moscow and "
        "accused Ukraine of \"provocative\" drone flights over the Gomel region. Minister Pavel Drozd said the "
        "drills would end on June 20 \"unless the situation on the border demands otherwise\".\n\n"
        "The European Union condemned what it called Belarus's \"continuing role as a launch pad for Russian "
        "aggression\" and said new sanctions on Minsk were being prepared. Lithuania and Poland, which closed "
        "several crossings last year, said they were monitoring the situation closely.\n"
    ),
    actors=[
        ("sbgs", "State Border Guard Service of Ukraine", "government", "UKR", "Ukrainian border guard service",
         ["Ukraine's border guard service", "it||it had reinforced"]),
        ("blr", "Belarus", "government", "BLR", "Belarusian government",
         ["Belarusian troops", "Minsk||urged Minsk", "its||its forces", "Belarusian observers",
          "Minsk||if Minsk agreed", "Belarus's defence ministry", "Belarus@3", "Minsk||sanctions on Minsk"]),
        ("rus", "Russia", "government", "RUS", "Russian government", ["Russian armoured vehicles", "Moscow"]),
        ("koval", "Andriy Koval", "person", "UKR", "spokesman of the Ukrainian border guard service",
         ["Andriy Koval, the service's spokesman", "He||He urged"]),
        ("ukr", "Ukraine", "government", "UKR", "Ukrainian government",
         ["Kyiv||Kyiv would", "Ukraine||said Ukraine was", "Ukraine||accused Ukraine"]),
        ("drozd", "Pavel Drozd", "person", "BLR", "Defence Minister of Belarus", ["Minister Pavel Drozd"]),
        ("eu", "European Union", "igo", None, None, ["The European Union", "it||what it called"]),
        ("ltu", "Lithuania", "government", "LTU", "Lithuanian government", ["Lithuania", "they||said they"]),
        ("pol", "Poland", "government", "POL", "Polish government", ["Poland", "they||said they"]),
    ],
    events=[
        E("e1", "MOBILIZE", "reinforced", "occurred", a=["sbgs"], ctx=["military"], rb="sbgs"),
        E("e2", "MOBILIZE", "gathering", "ongoing", a=["blr", "rus"], mode="troops", ctx=["military"], rb="sbgs",
          loc=("Mazyr", "Mazyr", "BLR"), inst="mazyr-buildup"),
        E("e3", "ASSAULT", "offensive", "hypothetical", r=["ukr"], ctx=["military"], rb="koval"),
        E("e4", "ASSAULT", "repeat", "hypothetical", r=["ukr"], ctx=["military"], rb="koval"),
        E("e5", "REQUEST", "urged", "occurred", a=["koval"], r=["blr"], mode="yield", ctx=["military"]),
        E("e6", "RETREAT", "pull", "desired", a=["blr"], mode="withdraw", ctx=["military"], rb="koval"),
        E("e7", "AGREE", "ready", "occurred", a=["ukr"], r=["blr"], ctx=["military", "diplomatic"], rb="koval"),
        E("e8", "CONSULT", "host", "hypothetical", a=["blr"], r=["ukr"], mode="visit", ctx=["military"],
          loc=("Vystupovychi crossing", "Vystupovychi", "UKR"), rb="koval"),
        E("e9", "AGREE", "agreed", "hypothetical", a=["blr"], ctx=["military"], rb="koval"),
        E("e10", "CONSULT", "visit", "hypothetical", a=["ukr"], r=["blr"], mode="visit", ctx=["military"],
          rb="koval"),
        E("e11", "MOBILIZE", "deployment", "ongoing", a=["blr", "rus"], mode="troops", ctx=["military"],
          loc=(None, "Mazyr", "BLR"), inst="mazyr-buildup"),
        E("e12", "MOBILIZE", "exercise", "ongoing", a=["blr", "rus"], mode="troops", ctx=["military"], rb="blr",
          loc=(None, "Mazyr", "BLR"), inst="mazyr-buildup"),
        E("e13", "ACCUSE", "accused", "occurred", a=["blr"], r=["ukr"], mode="allege", ctx=["military"]),
        E("e14", "MOBILIZE", "flights", "occurred", a=["ukr"], r=["blr"], ctx=["military"], rb="blr",
          loc=("Gomel region", "Gomel region", "BLR")),
        E("e15", "MOBILIZE", "drills", "ongoing", a=["blr", "rus"], mode="troops", ctx=["military"], rb="drozd",
          loc=(None, "Mazyr", "BLR"), inst="mazyr-buildup"),
        E("e16", "OTHER", "end", "hypothetical", a=["blr", "rus"], time=("June 20", "2025-06-20"), rb="drozd"),
        E("e17", "OTHER", "demands", "hypothetical", rb="drozd"),
        E("e18", "ACCUSE", "condemned", "occurred", a=["eu"], r=["blr"], mode="disapprove",
          ctx=["military", "diplomatic"]),
        E("e19", "ASSAULT", "aggression", "ongoing", a=["rus"], r=["ukr"], ctx=["military"], rb="eu"),
        E("e20", "SANCTION", "sanctions", "planned", a=["eu"], r=["blr"], ctx=["economic"], rb="eu"),
        E("e21", "SANCTION", "closed", "occurred", a=["ltu", "pol"], r=["blr"], time=("last year", "2024")),
    ],
    stances=[
        ("S1", "ukr", "e4", "oppose", "would not allow"),
        ("S2", "eu", "blr", "oppose", "condemned"),
    ],
    conds=[
        ("C1", "if", "if", ["e9"], ["e8"], "koval"),
        ("C2", "unless", "unless", ["e17"], ["e16"], "drozd"),
    ],
))

# 7. Western Balkans (Serbia): protest / election story
DOCS.append(dict(
    id="blind20-07-serbia-belgrade-march",
    title="Tens of thousands march in Belgrade demanding early elections",
    published="2025-11-16",
    text=(
        "BELGRADE — Tens of thousands of people marched through central Belgrade on Saturday evening in the "
        "largest protest in months, demanding early parliamentary elections and the release of two students "
        "detained after clashes with police last week.\n\n"
        "Organisers from the student movement said they would block the main highways into the capital on "
        "Monday unless the government set a date for a vote. \"We are not asking for favours. We are asking for "
        "the law to be respected,\" said Milica Jovanović, a 22-year-old law student who addressed the crowd "
        "outside the National Assembly.\n\n"
        "Prime Minister Dragan Petković rejected the demands and accused foreign intelligence services of "
        "financing the protests. He said elections would be held \"when they are due, and not a day earlier\". "
        "His Serbian Progressive Party (SNS) dismissed the march as \"a circus\".\n\n"
        "The opposition Freedom and Justice Party backed the protesters but said it would boycott any snap vote "
        "held under current media rules. The European Union's delegation in Belgrade urged the authorities to "
        "respect the right to peaceful assembly and called for an independent inquiry into the clashes.\n\n"
        "Police said 14 officers were injured and 23 people arrested during Saturday's march.\n"
    ),
    actors=[
        ("prot", "Belgrade protesters", "group", "SRB", None,
         ["Tens of thousands of people", "the crowd", "the protesters", "23 people"]),
        ("stud2", "two detained students", "group", "SRB", None, ["two students"]),
        ("police", "Serbian police", "government", "SRB", "police", ["police", "Police", "14 officers"]),
        ("movement", "student movement", "group", "SRB", None,
         ["Organisers from the student movement", "they||they would block", "We@1", "We@2"]),
        ("gov", "Government of Serbia", "government", "SRB", "Serbian government",
         ["the government", "the authorities"]),
        ("jov", "Milica Jovanović", "person", "SRB", "law student",
         ["Milica Jovanović, a 22-year-old law student"]),
        ("pet", "Dragan Petković", "person", "SRB", "Prime Minister of Serbia",
         ["Prime Minister Dragan Petković", "He||He said elections"]),
        ("spies", "foreign intelligence services", "government", None, None, ["foreign intelligence services"]),
        ("sns", "Serbian Progressive Party", "organization", "SRB", None, ["His Serbian Progressive Party", "SNS"]),
        ("ssp", "Freedom and Justice Party", "organization", "SRB", None,
         ["The opposition Freedom and Justice Party", "it||it would boycott"]),
        ("eu", "European Union", "igo", None, None, ["The European Union's delegation in Belgrade"]),
    ],
    events=[
        E("e1", "PROTEST", "marched", "occurred", a=["prot"], r=["gov"], mode="demo", ctx=["election"],
          time=("Saturday evening", "2025-11-15"), loc=("central Belgrade", "Belgrade", "SRB"),
          inst="belgrade-march"),
        E("e2", "PROTEST", "protest", "occurred", a=["prot"], r=["gov"], mode="demo", ctx=["election"],
          time=(None, "2025-11-15"), loc=(None, "Belgrade", "SRB"), inst="belgrade-march"),
        E("e3", "REQUEST", "demanding", "occurred", a=["prot"], r=["gov"], mode="change", ctx=["election"],
          inst="protest-demands"),
        E("e4", "RETREAT", "release", "desired", a=["gov"], r=["stud2"], mode="release", ctx=["repression"]),
        E("e5", "COERCE", "detained", "occurred", a=["police"], r=["stud2"], mode="arrest", ctx=["repression"]),
        E("e6", "ASSAULT", "clashes@1", "occurred", a=["police"], ctx=["repression"],
          time=("last week", None), inst="belgrade-clashes"),
        E("e7", "PROTEST", "block", "hypothetical", a=["movement"], mode="obstruct", ctx=["election"],
          time=("Monday", "2025-11-17"), loc=("main highways into the capital", "Belgrade", "SRB"),
          rb="movement"),
        E("e8", "CONCEDE", "set a date", "hypothetical", a=["gov"], ctx=["election"], rb="movement"),
        E("e9", "REQUEST", "asking@1", "negated", a=["movement"], r=["gov"], rb="jov"),
        E("e10", "REQUEST", "asking@2", "ongoing", a=["movement"], r=["gov"], ctx=["rights_freedoms"], rb="jov"),
        E("e11", "REJECT", "rejected", "occurred", a=["pet"], r=["prot"], mode="change", ctx=["election"]),
        E("e12", "REQUEST", "demands", "occurred", a=["prot"], r=["gov"], mode="change", ctx=["election"],
          inst="protest-demands"),
        E("e13", "ACCUSE", "accused", "occurred", a=["pet"], r=["spies"], mode="allege", ctx=["intelligence"]),
        E("e14", "AID", "financing", "ongoing", a=["spies"], r=["prot"], ctx=["intelligence"], rb="pet"),
        E("e15", "PROTEST", "protests", "occurred", a=["prot"], r=["gov"], mode="demo", rb="pet"),
        E("e16", "ACCUSE", "dismissed", "occurred", a=["sns"], r=["prot"], mode="disapprove"),
        E("e17", "PROTEST", "march@1", "occurred", a=["prot"], r=["gov"], mode="demo",
          time=(None, "2025-11-15"), loc=(None, "Belgrade", "SRB"), inst="belgrade-march"),
        E("e18", "SUPPORT", "backed", "occurred", a=["ssp"], r=["prot"], ctx=["election"]),
        E("e19", "PROTEST", "boycott", "hypothetical", a=["ssp"], mode="boycott", ctx=["election"], rb="ssp"),
        E("e20", "REQUEST", "urged", "occurred", a=["eu"], r=["gov"], ctx=["rights_freedoms"]),
        E("e21", "REQUEST", "called for", "occurred", a=["eu"], r=["gov"], ctx=["human_rights"]),
        E("e22", "ACCUSE", "inquiry", "desired", mode="investigate", ctx=["human_rights"]),
        E("e23", "ASSAULT", "clashes@2", "occurred", a=["police"], ctx=["repression"], inst="belgrade-clashes"),
        E("e24", "ASSAULT", "injured", "occurred", r=["police"], time=(None, "2025-11-15"), rb="police"),
        E("e25", "COERCE", "arrested", "occurred", a=["police"], r=["prot"], mode="arrest", ctx=["repression"],
          time=(None, "2025-11-15"), rb="police"),
        E("e26", "PROTEST", "march@2", "occurred", a=["prot"], r=["gov"], mode="demo",
          time=("Saturday@2", "2025-11-15"), loc=(None, "Belgrade", "SRB"), rb="police", inst="belgrade-march"),
    ],
    stances=[
        ("S1", "pet", "e12", "oppose", "rejected"),
        ("S2", "sns", "e17", "oppose", "dismissed"),
        ("S3", "ssp", "prot", "support", "backed"),
    ],
    conds=[
        ("C1", "unless", "unless", ["e8"], ["e7"], "movement"),
    ],
))

# 8. Venezuela and Guyana: trade / economy-policy story
DOCS.append(dict(
    id="blind20-08-venezuela-guyana-oil-ban",
    title="Venezuela to bar oil firms that sign Essequibo contracts with Guyana",
    published="2025-09-18",
    text=(
        "CARACAS — Venezuela will bar any oil company that signs contracts with Guyana for blocks in disputed "
        "waters off the Essequibo region from operating in its territory, Oil Minister Rafael Urdaneta said on "
        "Thursday, escalating a row over licences awarded by Georgetown to ExxonMobil last month.\n\n"
        "Urdaneta said the ban would take effect within 30 days and would also cover service companies and "
        "tanker operators. \"Whoever drills in our waters without our consent will not drill in Venezuela,\" he "
        "told state television VTV.\n\n"
        "Guyana's Natural Resources Minister, Nadira Persaud, dismissed the threat and said Georgetown would not "
        "revoke a single licence. \"The border was settled in 1899,\" she said, adding that Guyana would ask the "
        "Caribbean Community (CARICOM) to impose trade measures on Caracas if it tried to intimidate "
        "investors.\n\n"
        "The move comes after Washington eased some sanctions on Venezuela's oil sector in March. The US "
        "Treasury said the waiver could be revoked if Venezuela \"interferes with lawful commerce\" in the "
        "region.\n"
    ),
    actors=[
        ("ven", "Venezuela", "government", "VEN", "Venezuelan government",
         ["Venezuela@1", "its||its territory", "our@1", "our@2", "Caracas", "it||if it tried", "Venezuela@3",
          "Venezuela@4"]),
        ("ury", "Rafael Urdaneta", "person", "VEN", "Oil Minister of Venezuela",
         ["Oil Minister Rafael Urdaneta", "Urdaneta||Urdaneta said the ban", "he||he told"]),
        ("guy", "Guyana", "government", "GUY", "Guyanese government",
         ["Guyana@1", "Georgetown||by Georgetown", "Georgetown||said Georgetown", "Guyana@3"]),
        ("exxon", "ExxonMobil", "organization", "USA", None, ["ExxonMobil"]),
        ("vtv", "VTV", "media", "VEN", "Venezuelan state television", ["state television VTV"]),
        ("pers", "Nadira Persaud", "person", "GUY", "Natural Resources Minister of Guyana",
         ["Guyana's Natural Resources Minister, Nadira Persaud", "she||she said"]),
        ("caricom", "Caribbean Community", "igo", None, None, ["the Caribbean Community", "CARICOM"]),
        ("usa", "United States", "government", "USA", "US government", ["Washington", "The US Treasury"]),
    ],
    events=[
        E("e1", "COERCE", "bar", "planned", a=["ven"], mode="restrict", ctx=["economic", "natural_resource"],
          rb="ury", inst="venezuela-ban"),
        E("e2", "COOPERATE", "signs", "hypothetical", r=["guy"], ctx=["economic", "natural_resource"], rb="ury"),
        E("e3", "COOPERATE", "awarded", "occurred", a=["guy"], r=["exxon"], ctx=["economic", "natural_resource"],
          time=("last month", "2025-08")),
        E("e4", "COERCE", "ban", "planned", a=["ven"], mode="restrict", ctx=["economic", "natural_resource"],
          time=("within 30 days", None), rb="ury", inst="venezuela-ban"),
        E("e5", "THREATEN", "threat", "occurred", a=["ven"], r=["guy"], mode="restrict", ctx=["economic"]),
        E("e6", "REJECT", "dismissed", "occurred", a=["pers"], r=["ven"], ctx=["economic"]),
        E("e7", "SANCTION", "revoke", "negated", a=["guy"], r=["exxon"], ctx=["economic", "natural_resource"],
          rb="pers"),
        E("e8", "REQUEST", "ask", "hypothetical", a=["guy"], r=["caricom"], mode="assist", ctx=["economic"],
          rb="pers"),
        E("e9", "SANCTION", "trade measures", "hypothetical", a=["caricom"], r=["ven"], ctx=["economic"],
          rb="pers"),
        E("e10", "THREATEN", "intimidate", "hypothetical", a=["ven"], ctx=["economic"], rb="pers"),
        E("e11", "COERCE", "move", "planned", a=["ven"], mode="restrict", ctx=["economic"], inst="venezuela-ban"),
        E("e12", "CONCEDE", "eased", "occurred", a=["usa"], r=["ven"], ctx=["economic"],
          time=("March", "2025-03"), inst="us-oil-waiver"),
        E("e13", "SANCTION", "sanctions", "ongoing", a=["usa"], r=["ven"], ctx=["economic"]),
        E("e14", "CONCEDE", "waiver", "occurred", a=["usa"], r=["ven"], ctx=["economic"], rb="usa",
          time=(None, "2025-03"), inst="us-oil-waiver"),
        E("e15", "SANCTION", "revoked", "hypothetical", a=["usa"], r=["ven"], ctx=["economic"], rb="usa"),
        E("e16", "COERCE", "interferes", "hypothetical", a=["ven"], ctx=["economic"], rb="usa"),
    ],
    stances=[
        ("S1", "pers", "e5", "oppose", "dismissed"),
    ],
    conds=[
        ("C1", "if", "if@1", ["e10"], ["e8", "e9"], "pers"),
        ("C2", "if", "if@2", ["e16"], ["e15"], "usa"),
    ],
))

# 9. Israel and the Palestinian territories: Q&A / interview excerpt
DOCS.append(dict(
    id="blind20-09-palestinian-revenues-interview",
    title="Interview: PA negotiator on withheld tax revenues",
    published="2025-06-24",
    text=(
        "The following is an edited excerpt of an interview with Samir Haddad, the Palestinian Authority's chief "
        "negotiator on civil affairs, conducted in Ramallah on Monday.\n\n"
        "Q: Israel says it will transfer the withheld tax revenues next week. Do you believe it?\n\n"
        "A: We have heard this promise three times since January. If the money arrives, we will pay teachers and "
        "doctors their full salaries in July. If it does not, the Authority cannot keep the hospitals in the West "
        "Bank open beyond August.\n\n"
        "Q: Finance Minister Yossi Ben-Ami says the transfer depends on you ending payments to families of "
        "prisoners.\n\n"
        "A: He is using our people as hostages. We reformed that system in February, and the donors confirmed "
        "it. Norway and the European Union have backed the reform publicly.\n\n"
        "Q: Would you meet him?\n\n"
        "A: I am ready to meet him tomorrow, provided his government freezes the annexation bill in the Knesset. "
        "We never refused to talk. It is his government that cancelled the joint economic committee last "
        "year.\n\n"
        "Q: And Hamas?\n\n"
        "A: Hamas does not speak for the Palestinian people in these talks. We condemned the rocket fire from "
        "Gaza last week, and we want the ceasefire there to hold.\n"
    ),
    actors=[
        ("haddad", "Samir Haddad", "person", "PSE", "Palestinian Authority chief negotiator on civil affairs",
         ["Samir Haddad, the Palestinian Authority's chief negotiator on civil affairs", "you@1", "you@3", "I"]),
        ("israel", "Israel", "government", "ISR", "Israeli government",
         ["Israel", "it@1", "his government@1", "his government@2"]),
        ("pa", "Palestinian Authority", "government", "PSE", "Palestinian Authority",
         ["We@1", "we@1", "the Authority", "you@2", "our||our people", "We@2", "We@3", "We@4", "we@2"]),
        ("benami", "Yossi Ben-Ami", "person", "ISR", "Finance Minister of Israel",
         ["Finance Minister Yossi Ben-Ami", "He||He is using", "him@1", "him@2"]),
        ("families", "families of Palestinian prisoners", "group", "PSE", None, ["families of prisoners"]),
        ("donors", "international donors", "other", None, None, ["the donors"]),
        ("norway", "Norway", "government", "NOR", "Norwegian government", ["Norway"]),
        ("eu", "European Union", "igo", None, None, ["the European Union"]),
        ("hamas", "Hamas", "group", "PSE", None, ["Hamas@1", "Hamas@2"]),
    ],
    events=[
        E("e1", "AID", "transfer@1", "planned", a=["israel"], r=["pa"], ctx=["economic"],
          time=("next week", None), rb="israel", inst="revenue-transfer"),
        E("e2", "COERCE", "withheld", "ongoing", a=["israel"], r=["pa"], mode="withhold", ctx=["economic"]),
        E("e3", "AGREE", "promise", "occurred", a=["israel"], r=["pa"], ctx=["economic"], rb="haddad"),
        E("e4", "AID", "arrives", "hypothetical", a=["israel"], r=["pa"], ctx=["economic"], rb="haddad",
          inst="revenue-transfer"),
        E("e5", "OTHER", "pay", "hypothetical", a=["pa"], time=("July", "2025-07"), rb="haddad"),
        E("e6", "OTHER", "cannot keep", "hypothetical", a=["pa"], rb="haddad"),
        E("e7", "AID", "transfer@2", "hypothetical", a=["israel"], r=["pa"], ctx=["economic"], rb="benami",
          inst="revenue-transfer"),
        E("e8", "CONCEDE", "ending", "hypothetical", a=["pa"], rb="benami"),
        E("e9", "AID", "payments", "ongoing", a=["pa"], r=["families"], rb="benami"),
        E("e10", "CONCEDE", "reformed", "occurred", a=["pa"], time=("February", "2025-02"), rb="haddad",
          inst="payment-reform"),
        E("e11", "SUPPORT", "backed", "occurred", a=["norway", "eu"], r=["pa"], rb="haddad"),
        E("e12", "CONCEDE", "reform", "occurred", a=["pa"], time=(None, "2025-02"), rb="haddad",
          inst="payment-reform"),
        E("e13", "CONSULT", "meet@1", "hypothetical", a=["haddad"], r=["benami"], ctx=["diplomatic"],
          inst="haddad-benami-meeting"),
        E("e14", "AGREE", "ready", "occurred", a=["haddad"], r=["benami"], ctx=["diplomatic"], rb="haddad"),
        E("e15", "CONSULT", "meet@2", "hypothetical", a=["haddad"], r=["benami"], ctx=["diplomatic"],
          time=("tomorrow", "2025-06-24"), rb="haddad", inst="haddad-benami-meeting"),
        E("e16", "CONCEDE", "freezes", "hypothetical", a=["israel"], ctx=["legislative", "territory"], rb="haddad"),
        E("e17", "COERCE", "annexation", "hypothetical", a=["israel"], mode="seize", ctx=["territory"],
          rb="haddad"),
        E("e18", "REJECT", "refused", "negated", a=["pa"], r=["israel"], mode="meet", ctx=["diplomatic"],
          rb="haddad"),
        E("e19", "SANCTION", "cancelled", "occurred", a=["israel"], r=["pa"], ctx=["economic", "diplomatic"],
          time=("last year", "2024"), rb="haddad"),
        E("e20", "CONSULT", "talks", "ongoing", a=["pa", "israel"], ctx=["diplomatic", "economic"], rb="haddad"),
        E("e21", "ACCUSE", "condemned", "occurred", a=["pa"], mode="disapprove", ctx=["military"], rb="haddad"),
        E("e22", "ASSAULT", "rocket fire", "occurred", ctx=["military"], time=("last week", None),
          loc=("Gaza", "Gaza", "PSE"), rb="haddad"),
        E("e23", "RETREAT", "ceasefire", "desired", mode="ceasefire", ctx=["military"],
          loc=("there", "Gaza", "PSE"), rb="haddad"),
    ],
    stances=[
        ("S1", "norway", "e12", "support", "backed"),
        ("S2", "eu", "e12", "support", "backed"),
        ("S3", "pa", "e22", "oppose", "condemned"),
        ("S4", "pa", "e23", "support", "want"),
    ],
    conds=[
        ("C1", "if", "If@1", ["e4"], ["e5"], "haddad"),
        ("C2", "if", "If@2", ["e4"], ["e6"], "haddad"),
        ("C3", "only_if", "depends on", ["e8"], ["e7"], "benami"),
        ("C4", "provided", "provided", ["e16"], ["e15"], "haddad"),
    ],
))

# 10. Germany domestic politics: analysis paragraph
DOCS.append(dict(
    id="blind20-10-germany-coalition-budget",
    title="Analysis: Brandt's coalition faces its budget test",
    published="2025-08-21",
    text=(
        "ANALYSIS — The coalition that Chancellor Markus Brandt assembled in the spring looks sturdier than its "
        "critics predicted, but the budget fight due in September will test it. The Social Democrats (SPD) have "
        "made clear they will not vote for pension cuts unless the Christian Democrats (CDU) agree to raise the "
        "top income tax rate, a demand Finance Minister Heike Lorenz has rejected twice this summer.\n\n"
        "Brandt's allies argue that he can afford a confrontation. The far-right Alternative for Germany (AfD), "
        "polling level with his party, has already called for a snap election, one that both partners want to "
        "avoid. Yet SPD leader Jonas Weber faces a restive base: party members in Bavaria and Saxony have "
        "threatened to quit if the leadership accepts another round of cuts.\n\n"
        "Brandt's likeliest path is a trade-off. Officials in the chancellery have floated a temporary "
        "solidarity levy on incomes above 250,000 euros, which Weber has praised as \"a step in the right "
        "direction\". If Lorenz signs off on it, the SPD would probably back the budget in the Bundestag. If she "
        "does not, Berlin faces a long autumn.\n"
    ),
    actors=[
        ("gov", "German federal government", "government", "DEU", "CDU-SPD coalition government",
         ["The coalition", "its||its critics", "it@1", "Officials in the chancellery", "Berlin"]),
        ("brandt", "Markus Brandt", "person", "DEU", "Chancellor of Germany",
         ["Chancellor Markus Brandt", "Brandt@2", "he||he can afford", "Brandt@3"]),
        ("spd", "Social Democratic Party of Germany", "organization", "DEU", None,
         ["The Social Democrats", "SPD@1", "they||they will not", "both partners", "the leadership", "the SPD"]),
        ("cdu", "Christian Democratic Union", "organization", "DEU", None,
         ["the Christian Democrats", "CDU", "his party", "both partners"]),
        ("lorenz", "Heike Lorenz", "person", "DEU", "Finance Minister of Germany",
         ["Finance Minister Heike Lorenz", "Lorenz||If Lorenz", "she||If she"]),
        ("afd", "Alternative for Germany", "organization", "DEU", None,
         ["The far-right Alternative for Germany", "AfD"]),
        ("weber", "Jonas Weber", "person", "DEU", "SPD leader", ["SPD leader Jonas Weber", "Weber||which Weber"]),
        ("members", "SPD members in Bavaria and Saxony", "group", "DEU", None,
         ["party members in Bavaria and Saxony"]),
    ],
    events=[
        E("e1", "SUPPORT", "vote for", "hypothetical", a=["spd"], ctx=["legislative", "economic"], rb="spd"),
        E("e2", "AGREE", "agree", "hypothetical", a=["cdu"], r=["spd"], ctx=["economic"], rb="spd"),
        E("e3", "REQUEST", "demand", "occurred", a=["spd"], r=["cdu"], mode="change", ctx=["economic"]),
        E("e4", "REJECT", "rejected", "occurred", a=["lorenz"], r=["spd"], mode="change", ctx=["economic"]),
        E("e5", "REQUEST", "called for", "occurred", a=["afd"], mode="change", ctx=["election"]),
        E("e6", "THREATEN", "threatened", "occurred", a=["members"], r=["spd"], mode="relations",
          ctx=["political_institutions"]),
        E("e7", "SANCTION", "quit", "hypothetical", a=["members"], r=["spd"], ctx=["political_institutions"],
          rb="members"),
        E("e8", "AGREE", "accepts", "hypothetical", a=["spd"], ctx=["economic"], rb="members"),
        E("e9", "AGREE", "floated", "occurred", a=["gov"], ctx=["economic"]),
        E("e10", "SUPPORT", "praised", "occurred", a=["weber"], r=["gov"], ctx=["economic"]),
        E("e11", "SUPPORT", "signs off", "hypothetical", a=["lorenz"], ctx=["economic"]),
        E("e12", "SUPPORT", "back", "hypothetical", a=["spd"], ctx=["legislative", "economic"],
          loc=("Bundestag", "Bundestag", "DEU")),
        E("e13", "OTHER", "faces||Berlin faces", "hypothetical", a=["gov"]),
    ],
    stances=[
        ("S1", "spd", "e1", "oppose", "will not vote for"),
        ("S2", "lorenz", "e3", "oppose", "rejected"),
        ("S3", "cdu", ("span", "a snap election"), "oppose", "want to avoid"),
        ("S4", "spd", ("span", "a snap election"), "oppose", "want to avoid"),
        ("S5", "weber", ("span", "a temporary solidarity levy on incomes above 250,000 euros"), "support",
         "praised"),
    ],
    conds=[
        ("C1", "only_if", "unless", ["e2"], ["e1"], "spd"),
        ("C2", "if", "if||if the leadership", ["e8"], ["e7"], "members"),
        ("C3", "if", "If@1", ["e11"], ["e12"], None),
        ("C4", "if", "If@2", ["e11"], ["e13"], None),
    ],
))
