"""blind19: ten blind gold passages, written and annotated by hand (see _build.py)."""

from gold_builder import E  # the event helper every set shares

DOCS: list[dict] = []


# 1. Southeast Europe and Turkey -- diplomatic meeting story
DOCS.append(dict(
    id="blind19-01-greece-turkey-ankara-talks",
    title="Greek and Turkish foreign ministers agree to resume Aegean talks",
    published="2025-03-14",
    text=(
        "Greek Foreign Minister Nikos Vassilakis met his Turkish counterpart, Kemal Aydınoğlu, in Ankara "
        "on Thursday, on his first visit to the Turkish capital since taking office.\n\n"
        "The two sides agreed to resume talks on military confidence-building measures in the Aegean next "
        "month and to hold a joint search-and-rescue exercise in June, according to a joint declaration.\n\n"
        "\"We do not agree on everything, and we will not pretend otherwise,\" Vassilakis told reporters "
        "after the meeting. \"But as long as there are no new violations of our airspace, Athens will keep "
        "talking.\" He said he had invited Aydınoğlu to visit Athens in May.\n\n"
        "Aydınoğlu said Turkey wanted \"a calm summer in the Aegean\" and praised the Greek government for "
        "what he called its constructive tone. He rejected, however, a proposal by Athens to include the "
        "dispute over maritime zones in the talks, saying the time was not right.\n\n"
        "The ministers did not discuss Cyprus in detail. The Cypriot government welcomed the meeting and "
        "urged Ankara to return to United Nations-led reunification talks on the divided island.\n"
    ),
    actors=[
        ("A1", "Nikos Vassilakis", "person", "GRC", "Greek Foreign Minister",
         ["Greek Foreign Minister Nikos Vassilakis", "his@2", "Vassilakis||Vassilakis told", "He@1", "he@1",
          "The ministers"]),
        ("A2", "Kemal Aydınoğlu", "person", "TUR", "Turkish Foreign Minister",
         ["his Turkish counterpart, Kemal Aydınoğlu", "Aydınoğlu@2", "Aydınoğlu@3", "he@2", "He@2",
          "The ministers"]),
        ("A3", "Greece", "government", "GRC", "Greek government",
         ["The two sides", "We", "we", "our", "Athens@1", "the Greek government", "its", "Athens@3"]),
        ("A4", "Turkey", "government", "TUR", "Turkish government",
         ["The two sides", "We", "we", "Turkey", "Ankara@2"]),
        ("A5", "Cyprus", "government", "CYP", "Cypriot government",
         ["The Cypriot government"]),
    ],
    events=[
        E("E1", "CONSULT", "met", "occurred", a=["A1"], r=["A2"], mode="visit", ctx=["diplomatic"],
          time=("Thursday", "2025-03-13"), loc=("Ankara@1", "Ankara", "TUR"), inst="vassilakis-ankara-visit"),
        E("E2", "CONSULT", "visit@1", "occurred", a=["A1"], r=["A2"], mode="visit", ctx=["diplomatic"],
          time=(None, "2025-03-13"), loc=("the Turkish capital", "Ankara", "TUR"), inst="vassilakis-ankara-visit"),
        E("E3", "AGREE", "agreed", "occurred", a=["A3", "A4"], ctx=["diplomatic"]),
        E("E4", "CONSULT", "talks@1", "planned", a=["A3", "A4"], ctx=["diplomatic", "military"],
          time=("next month", "2025-04"), inst="aegean-cbm-talks"),
        E("E5", "COOPERATE", "exercise", "planned", a=["A3", "A4"], ctx=["military"],
          time=("June", "2025-06")),
        E("E6", "CONSULT", "meeting@1", "occurred", a=["A1"], r=["A2"], mode="visit", ctx=["diplomatic"],
          time=(None, "2025-03-13"), loc=(None, "Ankara", "TUR"), inst="vassilakis-ankara-visit"),
        E("E7", "MOBILIZE", "violations", "hypothetical", a=["A4"], r=["A3"], ctx=["military", "territory"],
          rb="A1"),
        E("E8", "CONSULT", "talking", "hypothetical", a=["A3"], r=["A4"], ctx=["diplomatic"], rb="A1",
          inst="aegean-cbm-talks"),
        E("E9", "AGREE", "invited", "occurred", a=["A1"], r=["A2"], ctx=["diplomatic"], rb="A1"),
        E("E10", "CONSULT", "visit@2", "desired", a=["A2"], r=["A1"], mode="visit", ctx=["diplomatic"],
          time=("May", "2025-05"), loc=("Athens@2", "Athens", "GRC"), rb="A1", inst="aydinoglu-athens-visit"),
        E("E11", "SUPPORT", "praised", "occurred", a=["A2"], r=["A3"], ctx=["diplomatic"]),
        E("E12", "REJECT", "rejected", "occurred", a=["A2"], r=["A3"], ctx=["diplomatic", "territory"]),
        E("E13", "AGREE", "proposal", "occurred", a=["A3"], r=["A4"], ctx=["diplomatic", "territory"]),
        E("E14", "CONSULT", "talks@2", "planned", a=["A3", "A4"], ctx=["diplomatic", "territory"],
          inst="aegean-cbm-talks"),
        E("E15", "CONSULT", "discuss", "negated", a=["A1", "A2"], ctx=["diplomatic", "territory"]),
        E("E16", "SUPPORT", "welcomed", "occurred", a=["A5"], ctx=["diplomatic"]),
        E("E17", "CONSULT", "meeting@2", "occurred", a=["A1"], r=["A2"], mode="visit", ctx=["diplomatic"],
          time=(None, "2025-03-13"), loc=(None, "Ankara", "TUR"), inst="vassilakis-ankara-visit"),
        E("E18", "REQUEST", "urged", "occurred", a=["A5"], r=["A4"], mode="meet", ctx=["diplomatic", "territory"]),
        E("E19", "CONSULT", "talks@3", "desired", a=["A4"], r=["A5"], mode="third-party",
          ctx=["diplomatic", "territory"], inst="cyprus-reunification-talks"),
    ],
    stances=[
        ("S1", "A4", ("span", "a calm summer in the Aegean"), "support", "wanted"),
        ("S2", "A2", "A3", "support", "praised"),
        ("S3", "A2", "E13", "oppose", "rejected"),
        ("S4", "A5", "E17", "support", "welcomed"),
    ],
    conds=[
        ("C1", "provided", "as long as", ["E7"], ["E8"], "A1"),
    ],
))


# 2. The Levant -- conflict/security story
DOCS.append(dict(
    id="blind19-02-iraq-kurdistan-gas-field-drone",
    title="Drone strike hits gas field in Iraq's Kurdistan Region; Baghdad detains two",
    published="2025-06-10",
    text=(
        "A drone struck a gas field in Iraq's Kurdistan Region late on Sunday, setting a storage tank ablaze "
        "and halting production, local officials said. No group claimed responsibility.\n\n"
        "The Kurdistan Regional Government (KRG) accused \"outlaw militias\" of carrying out the attack and "
        "called on the federal government in Baghdad to arrest those responsible. \"This is the fourth attack "
        "on our energy infrastructure this year, and Baghdad has not arrested a single person,\" KRG spokesman "
        "Dler Hawrami said.\n\n"
        "The office of the Iraqi prime minister said in a statement that security forces had detained two "
        "suspects near Kirkuk on Monday and that it would investigate the strike jointly with the KRG.\n\n"
        "The United States condemned the attack. The US embassy in Baghdad said Washington was ready to help "
        "Iraqi authorities protect critical infrastructure if they asked for it.\n\n"
        "Kataib al-Nasr, an Iran-aligned armed group, said it had not carried out the attack and accused the "
        "KRG of \"inventing enemies\". Analysts noted that the group had threatened in April to target foreign "
        "oil companies in the region unless Washington pulled its remaining troops out of Iraq.\n"
    ),
    actors=[
        ("A1", "Kurdistan Regional Government", "government", "IRQ", "regional government of Iraqi Kurdistan",
         ["The Kurdistan Regional Government", "KRG@1", "our", "the KRG@1", "the KRG@2"]),
        ("A2", "outlaw militias", "group", "IRQ", None,
         ["outlaw militias", "those responsible"]),
        ("A3", "Iraq", "government", "IRQ", "Iraqi federal government",
         ["the federal government in Baghdad", "Baghdad@2", "The office of the Iraqi prime minister",
          "it||that it would investigate", "Iraqi authorities", "they||if they asked"]),
        ("A4", "Dler Hawrami", "person", "IRQ", "KRG spokesman",
         ["KRG spokesman Dler Hawrami"]),
        ("A5", "Iraqi security forces", "government", "IRQ", None,
         ["security forces"]),
        ("A6", "two suspects", "other", "IRQ", None,
         ["two suspects"]),
        ("A7", "United States", "government", "USA", "US government",
         ["The United States", "The US embassy in Baghdad", "Washington@1", "Washington@2",
          "its||its remaining troops"]),
        ("A8", "Kataib al-Nasr", "group", "IRQ", "Iran-aligned armed group",
         ["Kataib al-Nasr, an Iran-aligned armed group", "it||said it had not", "the group"]),
        ("A9", "foreign oil companies in the Kurdistan Region", "organization", None, None,
         ["foreign oil companies in the region"]),
    ],
    events=[
        E("E1", "ASSAULT", "struck", "occurred", mode="drone", ctx=["military"],
          time=("Sunday", "2025-06-08"), loc=("Iraq's Kurdistan Region", "Kurdistan Region", "IRQ"),
          inst="kurdistan-gas-field-strike"),
        E("E2", "ACCUSE", "accused@1", "occurred", a=["A1"], r=["A2"], mode="allege", ctx=["military"]),
        E("E3", "ASSAULT", "attack@1", "occurred", a=["A2"], mode="drone", ctx=["military"], rb="A1",
          inst="kurdistan-gas-field-strike"),
        E("E4", "REQUEST", "called on", "occurred", a=["A1"], r=["A3"]),
        E("E5", "COERCE", "arrest", "desired", a=["A3"], r=["A2"], mode="arrest"),
        E("E6", "ASSAULT", "attack@2", "occurred", r=["A1"], mode="drone", ctx=["military"], rb="A4",
          inst="kurdistan-gas-field-strike"),
        E("E7", "COERCE", "arrested", "negated", a=["A3"], mode="arrest", rb="A4"),
        E("E8", "COERCE", "detained", "occurred", a=["A5"], r=["A6"], mode="arrest",
          time=("Monday", "2025-06-09"), loc=("Kirkuk", "Kirkuk", "IRQ"), rb="A3"),
        E("E9", "ACCUSE", "investigate", "planned", a=["A3", "A1"], mode="investigate", rb="A3"),
        E("E10", "ASSAULT", "strike", "occurred", mode="drone", ctx=["military"], rb="A3",
          inst="kurdistan-gas-field-strike"),
        E("E11", "ACCUSE", "condemned", "occurred", a=["A7"], mode="disapprove"),
        E("E12", "ASSAULT", "attack@3", "occurred", mode="drone", ctx=["military"],
          inst="kurdistan-gas-field-strike"),
        E("E13", "AGREE", "ready", "occurred", a=["A7"], r=["A3"], rb="A7"),
        E("E14", "AID", "help", "hypothetical", a=["A7"], r=["A3"], rb="A7"),
        E("E15", "REQUEST", "asked", "hypothetical", a=["A3"], r=["A7"], mode="assist", rb="A7"),
        E("E16", "ASSAULT", "attack||said it had not carried out the attack", "negated", a=["A8"], mode="drone",
          ctx=["military"], rb="A8", inst="kurdistan-gas-field-strike"),
        E("E17", "ACCUSE", "accused@2", "occurred", a=["A8"], r=["A1"], mode="allege"),
        E("E18", "THREATEN", "threatened", "occurred", a=["A8"], r=["A9", "A7"], mode="violence",
          ctx=["military"], time=("April", "2025-04")),
        E("E19", "ASSAULT", "target", "hypothetical", a=["A8"], r=["A9"], ctx=["military"]),
        E("E20", "RETREAT", "pulled", "hypothetical", a=["A7"], mode="withdraw", ctx=["military"],
          loc=("Iraq@2", "Iraq", "IRQ")),
    ],
    stances=[
        ("S1", "A7", "E12", "oppose", "condemned"),
    ],
    conds=[
        ("C1", "if", "if", ["E15"], ["E14"], "A7"),
        ("C2", "unless", "unless", ["E20"], ["E19"], "A8"),
    ],
))


# 3. East Africa -- protest/election story
DOCS.append(dict(
    id="blind19-03-kenya-fuel-levy-protest",
    title="Kenyan police fire tear gas at fuel levy protest; opposition threatens strike",
    published="2025-07-08",
    text=(
        "Police in Nairobi fired tear gas on Monday at thousands of young demonstrators who marched towards "
        "parliament against a new fuel levy, the third such protest in a month. The Kenya National Commission "
        "on Human Rights (KNCHR) said at least 40 people had been arrested and called for their immediate "
        "release.\n\n"
        "Opposition leader Grace Wanjiru told the crowd that her Democratic Renewal Party (DRP) would call a "
        "national strike next week unless the government withdrew the levy. \"I stand with every young person "
        "on these streets,\" she said.\n\n"
        "Interior Minister Samuel Otieno defended the police, saying officers had acted with restraint, and "
        "accused the DRP of exploiting the anger of young people. He said the government was open to dialogue "
        "with the protesters provided the demonstrations remained peaceful.\n\n"
        "The Law Society of Kenya (LSK) criticised the arrests and said it would challenge them in court. The "
        "treasury says the levy is part of a programme agreed with the International Monetary Fund (IMF), "
        "which on Friday praised Nairobi's fiscal reforms.\n"
    ),
    actors=[
        ("A1", "Kenyan police", "government", "KEN", "National Police Service",
         ["Police", "the police", "officers"]),
        ("A2", "fuel levy demonstrators", "group", "KEN", None,
         ["thousands of young demonstrators", "the crowd", "every young person on these streets",
          "the protesters"]),
        ("A3", "Kenya", "government", "KEN", "Kenyan government",
         ["the government@1", "the government@2", "The treasury", "Nairobi's"]),
        ("A4", "Kenya National Commission on Human Rights", "organization", "KEN", None,
         ["The Kenya National Commission on Human Rights", "KNCHR"]),
        ("A5", "people arrested at the protest", "group", "KEN", None,
         ["at least 40 people", "their"]),
        ("A6", "Grace Wanjiru", "person", "KEN", "Opposition leader, leader of the DRP",
         ["Opposition leader Grace Wanjiru", "I", "she"]),
        ("A7", "Democratic Renewal Party", "organization", "KEN", "opposition party",
         ["her Democratic Renewal Party", "DRP@1", "the DRP"]),
        ("A8", "Samuel Otieno", "person", "KEN", "Interior Minister",
         ["Interior Minister Samuel Otieno", "He"]),
        ("A9", "Law Society of Kenya", "organization", "KEN", None,
         ["The Law Society of Kenya", "LSK", "it||said it would challenge"]),
        ("A10", "International Monetary Fund", "igo", None, None,
         ["the International Monetary Fund", "IMF"]),
    ],
    events=[
        E("E1", "ASSAULT", "fired", "occurred", a=["A1"], r=["A2"], mode="crowd-control",
          time=("Monday", "2025-07-07"), loc=("Nairobi", "Nairobi", "KEN"), inst="nairobi-tear-gas"),
        E("E2", "PROTEST", "marched", "occurred", a=["A2"], r=["A3"], mode="demo", ctx=["economic"],
          time=(None, "2025-07-07"), loc=(None, "Nairobi", "KEN"), inst="nairobi-fuel-levy-march"),
        E("E3", "PROTEST", "protest", "occurred", a=["A2"], r=["A3"], mode="demo", ctx=["economic"],
          time=(None, "2025-07-07"), loc=(None, "Nairobi", "KEN"), inst="nairobi-fuel-levy-march"),
        E("E4", "COERCE", "arrested", "occurred", a=["A1"], r=["A5"], mode="arrest", rb="A4",
          inst="nairobi-protest-arrests"),
        E("E5", "REQUEST", "called for", "occurred", a=["A4"], r=["A1"], mode="yield",
          ctx=["human_rights"]),
        E("E6", "RETREAT", "release", "desired", a=["A1"], r=["A5"], mode="release"),
        E("E7", "PROTEST", "strike", "hypothetical", a=["A7"], mode="strike", ctx=["economic"],
          time=("next week", "2025-07"), rb="A6"),
        E("E8", "CONCEDE", "withdrew", "hypothetical", a=["A3"], ctx=["economic"], rb="A6"),
        E("E9", "SUPPORT", "defended", "occurred", a=["A8"], r=["A1"]),
        E("E10", "ACCUSE", "accused", "occurred", a=["A8"], r=["A7"], mode="allege"),
        E("E11", "AGREE", "open", "occurred", a=["A3"], r=["A2"], rb="A8"),
        E("E12", "CONSULT", "dialogue", "hypothetical", a=["A3"], r=["A2"], rb="A8"),
        E("E13", "PROTEST", "demonstrations", "hypothetical", a=["A2"], r=["A3"], mode="demo", rb="A8"),
        E("E14", "ACCUSE", "criticised", "occurred", a=["A9"], r=["A1"], mode="disapprove",
          ctx=["human_rights"]),
        E("E15", "COERCE", "arrests", "occurred", a=["A1"], r=["A5"], mode="arrest",
          inst="nairobi-protest-arrests"),
        E("E16", "ACCUSE", "challenge", "planned", a=["A9"], r=["A1"], ctx=["legal"]),
        E("E17", "SUPPORT", "agreed", "occurred", a=["A3", "A10"], ctx=["economic"], rb="A3"),
        E("E18", "SUPPORT", "praised", "occurred", a=["A10"], r=["A3"], ctx=["economic"],
          time=("Friday", "2025-07-04")),
    ],
    stances=[
        ("S1", "A6", "A2", "support", "stand with"),
        ("S2", "A8", "A1", "support", "defended"),
        ("S3", "A9", "E15", "oppose", "criticised"),
        ("S4", "A10", ("span", "fiscal reforms"), "support", "praised"),
    ],
    conds=[
        ("C1", "unless", "unless", ["E8"], ["E7"], "A6"),
        ("C2", "provided", "provided", ["E13"], ["E12"], "A8"),
    ],
))


# 4. Central Europe -- parliamentary/court procedure story
DOCS.append(dict(
    id="blind19-04-slovakia-ngo-law-court",
    title="Slovak parliament passes foreign-funding law for NGOs; opposition heads to court",
    published="2025-04-17",
    text=(
        "BRATISLAVA — Slovakia's parliament on Wednesday approved a law requiring non-governmental "
        "organisations that receive more than 5,000 euros a year from abroad to register as \"organisations "
        "with foreign support\", by 79 votes to 61.\n\n"
        "The liberal opposition party Progressive Slovakia (PS) said it would challenge the law at the "
        "Constitutional Court and ask the judges to suspend it before it takes effect in June. \"If the court "
        "does not stop this, we will take the case to the European Court of Human Rights in Strasbourg,\" PS "
        "deputy chair Lenka Hudecová told reporters.\n\n"
        "The European Commission said it would not hesitate to open infringement proceedings should it find "
        "that the law breaches EU rules. Brussels has already criticised similar legislation in Hungary.\n\n"
        "Justice Minister Pavol Kráľ rejected calls to withdraw the law. \"This is about transparency, not "
        "control,\" he said, adding that the government would amend it only if the Venice Commission, the "
        "Council of Europe's advisory body on constitutional matters, identified a specific breach of European "
        "standards.\n\n"
        "More than 1,200 NGOs have signed an open letter urging the president to veto the law. The head of "
        "state has 15 days to decide.\n"
    ),
    actors=[
        ("A1", "National Council of the Slovak Republic", "government", "SVK", "Slovak parliament",
         ["Slovakia's parliament"]),
        ("A2", "Progressive Slovakia", "organization", "SVK", "liberal opposition party",
         ["The liberal opposition party Progressive Slovakia", "PS@1", "it||said it would challenge", "we"]),
        ("A3", "Constitutional Court of Slovakia", "government", "SVK", None,
         ["the Constitutional Court", "the judges", "the court"]),
        ("A4", "Lenka Hudecová", "person", "SVK", "PS deputy chair",
         ["PS deputy chair Lenka Hudecová"]),
        ("A5", "European Commission", "igo", None, None,
         ["The European Commission", "it||said it would not hesitate", "it||should it find", "Brussels"]),
        ("A6", "Pavol Kráľ", "person", "SVK", "Justice Minister",
         ["Justice Minister Pavol Kráľ", "he"]),
        ("A7", "Slovakia", "government", "SVK", "Slovak government",
         ["the government"]),
        ("A8", "Venice Commission", "igo", None, "Council of Europe advisory body on constitutional matters",
         ["the Venice Commission, the Council of Europe's advisory body on constitutional matters"]),
        ("A9", "Slovak NGOs (open letter signatories)", "organization", "SVK", None,
         ["More than 1,200 NGOs"]),
        ("A10", "President of Slovakia", "person", "SVK", "President of Slovakia",
         ["the president", "The head of state"]),
    ],
    events=[
        E("E1", "SUPPORT", "approved", "occurred", a=["A1"], ctx=["legislative"],
          time=("Wednesday", "2025-04-16")),
        E("E2", "ACCUSE", "challenge", "planned", a=["A2"], r=["A1"], ctx=["legal"], rb="A2"),
        E("E3", "REQUEST", "ask", "planned", a=["A2"], r=["A3"], mode="change", ctx=["legal"], rb="A2"),
        E("E4", "REJECT", "suspend", "desired", a=["A3"], r=["A1"], ctx=["legal"], rb="A2",
          inst="court-blocks-ngo-law"),
        E("E5", "REJECT", "stop", "hypothetical", a=["A3"], r=["A1"], ctx=["legal"], rb="A4",
          inst="court-blocks-ngo-law"),
        E("E6", "ACCUSE", "take the case", "hypothetical", a=["A2"], r=["A7"], ctx=["legal", "human_rights"],
          loc=("Strasbourg", "Strasbourg", "FRA"), rb="A4"),
        E("E7", "ACCUSE", "infringement proceedings", "hypothetical", a=["A5"], r=["A7"], ctx=["legal"],
          rb="A5"),
        E("E8", "ACCUSE", "find", "hypothetical", a=["A5"], r=["A7"], ctx=["legal"], rb="A5"),
        E("E9", "ACCUSE", "criticised", "occurred", a=["A5"], mode="disapprove", ctx=["legislative"]),
        E("E10", "REJECT", "rejected", "occurred", a=["A6"], mode="change", ctx=["legislative"]),
        E("E11", "REQUEST", "calls", "occurred", r=["A7"], mode="change", ctx=["legislative"]),
        E("E12", "CONCEDE", "withdraw", "desired", a=["A7"], ctx=["legislative"]),
        E("E13", "CONCEDE", "amend", "hypothetical", a=["A7"], ctx=["legislative"], rb="A6"),
        E("E14", "ACCUSE", "identified", "hypothetical", a=["A8"], r=["A7"], ctx=["legal"], rb="A6"),
        E("E15", "REQUEST", "urging", "occurred", a=["A9"], r=["A10"], mode="change", ctx=["legislative"]),
        E("E16", "REJECT", "veto", "desired", a=["A10"], r=["A1"], ctx=["legislative"]),
    ],
    stances=[
        ("S1", "A5", ("span", "similar legislation in Hungary"), "oppose", "criticised"),
        ("S2", "A6", "E12", "oppose", "rejected"),
    ],
    conds=[
        ("C1", "if", "If", ["E5"], ["E6"], "A4"),
        ("C2", "if", "should", ["E8"], ["E7"], "A5"),
        ("C3", "only_if", "only if", ["E14"], ["E13"], "A6"),
    ],
))


# 5. Southern Cone -- trade/economy-policy story
DOCS.append(dict(
    id="blind19-05-uruguay-china-trade-talks",
    title="Uruguay to open trade talks with China despite Paraguayan objections",
    published="2025-09-23",
    text=(
        "MONTEVIDEO — Uruguay will open free trade negotiations with China in October, Economy Minister "
        "Rodrigo Barreiro said on Monday, despite objections from neighbouring Paraguay.\n\n"
        "\"Our exporters cannot wait for ever,\" Barreiro told a business forum in the capital. He said the "
        "government would shelve the talks only if Mercosur as a whole opened negotiations with Beijing before "
        "the end of next year.\n\n"
        "Paraguay reacted sharply. Its foreign minister, Celia Ortiz, said Asunción would ask the bloc to "
        "suspend Uruguay's voting rights if Montevideo signed a separate deal with China. Brazil and Argentina "
        "have not commented publicly.\n\n"
        "The Chinese embassy in Montevideo said Beijing welcomed Uruguay's decision and was willing to open its "
        "market further to Uruguayan beef and wool.\n\n"
        "At home, the Chamber of Industries of Uruguay (CIU) praised the government for \"finally choosing "
        "growth\". The Rural Federation, which represents cattle and dairy farmers, was more cautious, saying "
        "it would oppose any deal unless dairy producers were protected.\n"
    ),
    actors=[
        ("A1", "Uruguay", "government", "URY", "Uruguayan government",
         ["Uruguay@1", "Our", "the government@1", "Uruguay's@1", "Montevideo@1", "Uruguay's@2",
          "the government@2"]),
        ("A2", "China", "government", "CHN", "Chinese government",
         ["China@1", "Beijing@1", "China@2", "The Chinese embassy in Montevideo", "Beijing@2", "its"]),
        ("A3", "Rodrigo Barreiro", "person", "URY", "Economy Minister of Uruguay",
         ["Economy Minister Rodrigo Barreiro", "Barreiro||Barreiro told", "He"]),
        ("A4", "Paraguay", "government", "PRY", "Paraguayan government",
         ["neighbouring Paraguay", "Paraguay||Paraguay reacted", "Asunción"]),
        ("A5", "Celia Ortiz", "person", "PRY", "Foreign Minister of Paraguay",
         ["Its foreign minister, Celia Ortiz"]),
        ("A6", "Mercosur", "igo", None, None,
         ["Mercosur", "the bloc"]),
        ("A7", "Chamber of Industries of Uruguay", "organization", "URY", None,
         ["the Chamber of Industries of Uruguay", "CIU"]),
        ("A8", "Rural Federation", "organization", "URY", "farm union",
         ["The Rural Federation", "it||saying it would oppose"]),
    ],
    events=[
        E("E1", "CONSULT", "negotiations@1", "planned", a=["A1"], r=["A2"], ctx=["economic", "diplomatic"],
          time=("October", "2025-10"), rb="A3", inst="uruguay-china-fta-talks"),
        E("E2", "ACCUSE", "objections", "occurred", a=["A4"], r=["A1"], mode="disapprove", ctx=["economic"]),
        E("E3", "CONCEDE", "shelve", "hypothetical", a=["A1"], ctx=["economic"], rb="A3"),
        E("E4", "CONSULT", "talks", "planned", a=["A1"], r=["A2"], ctx=["economic"], rb="A3",
          inst="uruguay-china-fta-talks"),
        E("E5", "CONSULT", "negotiations@2", "hypothetical", a=["A6"], r=["A2"], ctx=["economic"],
          time=("the end of next year", "2026"), rb="A3"),
        E("E6", "REQUEST", "ask", "hypothetical", a=["A4"], r=["A6"], rb="A5"),
        E("E7", "SANCTION", "suspend", "hypothetical", a=["A6"], r=["A1"], rb="A5"),
        E("E8", "SUPPORT", "signed", "hypothetical", a=["A1"], r=["A2"], ctx=["economic"], rb="A5"),
        E("E9", "SUPPORT", "welcomed", "occurred", a=["A2"], r=["A1"], ctx=["economic"], rb="A2"),
        E("E10", "AGREE", "willing", "occurred", a=["A2"], r=["A1"], ctx=["economic"], rb="A2"),
        E("E11", "COOPERATE", "open@2", "desired", a=["A2"], r=["A1"], ctx=["economic"], rb="A2"),
        E("E12", "SUPPORT", "praised", "occurred", a=["A7"], r=["A1"], ctx=["economic"]),
        E("E13", "SUPPORT", "deal@2", "hypothetical", a=["A1", "A2"], ctx=["economic"], rb="A8"),
        E("E14", "OTHER", "protected", "hypothetical", rb="A8"),
    ],
    stances=[
        ("S1", "A4", "E1", "oppose", "objections"),
        ("S2", "A2", "E1", "support", "welcomed"),
        ("S3", "A7", "A1", "support", "praised"),
        ("S4", "A8", "E13", "oppose", "oppose"),
    ],
    conds=[
        ("C1", "only_if", "only if", ["E5"], ["E3"], "A3"),
        ("C2", "if", "if||if Montevideo signed", ["E8"], ["E6"], "A5"),
        ("C3", "unless", "unless", ["E14"], ["E13"], "A8"),
    ],
))


# 6. Iran and its neighbours -- Q&A / interview excerpt
DOCS.append(dict(
    id="blind19-06-iran-iaea-interview",
    title="Interview: Iran's deputy foreign minister on inspectors, Europe and Oman",
    published="2025-05-27",
    text=(
        "Iran's deputy foreign minister for legal affairs, Mehdi Sanjabi, gave the following interview in "
        "Tehran on Monday, ahead of next week's meeting of the Board of Governors of the International Atomic "
        "Energy Agency (IAEA) in Vienna. It has been edited for length.\n\n"
        "Q: Will Iran allow IAEA inspectors back into the Fordow site?\n\n"
        "A: We have never refused cooperation with the agency. If the Europeans withdraw their draft "
        "resolution against Iran at the Board, we can let the inspectors back into Fordow within days. But we "
        "will not negotiate under pressure.\n\n"
        "Q: And if the resolution passes?\n\n"
        "A: If it passes, parliament will almost certainly cut our cooperation further. I do not want that, "
        "but it is not my decision. I would much rather see the three European countries sit down with us in "
        "Geneva.\n\n"
        "Q: Is there any direct channel with Washington?\n\n"
        "A: No. We exchange messages through Oman, as we did before the last round of talks in April. We are "
        "grateful to Muscat.\n"
    ),
    actors=[
        ("A1", "Mehdi Sanjabi", "person", "IRN", "Iranian deputy foreign minister for legal affairs",
         ["Iran's deputy foreign minister for legal affairs, Mehdi Sanjabi", "I@1", "my", "I@2"]),
        ("A2", "International Atomic Energy Agency", "igo", None, None,
         ["the Board of Governors of the International Atomic Energy Agency", "IAEA@1", "IAEA inspectors",
          "the agency", "the Board@2", "the inspectors"]),
        ("A3", "Iran", "government", "IRN", "Iranian government",
         ["Iran||Will Iran allow", "We@1", "Iran||against Iran", "we@1", "we@2", "our", "us", "We@2", "we@3",
          "We@3"]),
        ("A4", "E3 (France, Germany, United Kingdom)", "government", None, None,
         ["the Europeans", "their", "the three European countries"]),
        ("A5", "Iranian parliament", "government", "IRN", "Islamic Consultative Assembly",
         ["parliament"]),
        ("A6", "United States", "government", "USA", "US government",
         ["Washington"]),
        ("A7", "Oman", "government", "OMN", "Omani government",
         ["Oman", "Muscat"]),
    ],
    events=[
        E("E1", "CONSULT", "meeting", "planned", a=["A2"], mode="multilateral", ctx=["diplomatic", "cbrn"],
          time=("next week's", "2025-06"), loc=("Vienna", "Vienna", "AUT"), inst="iaea-board-meeting"),
        E("E2", "RETREAT", "allow", "hypothetical", a=["A3"], r=["A2"], mode="access", ctx=["cbrn"],
          loc=("the Fordow site", "Fordow", "IRN"), inst="fordow-inspector-access"),
        E("E3", "REJECT", "refused", "negated", a=["A3"], r=["A2"], ctx=["cbrn"], rb="A1"),
        E("E4", "CONCEDE", "withdraw", "hypothetical", a=["A4"], r=["A3"], ctx=["diplomatic", "cbrn"], rb="A1"),
        E("E5", "ACCUSE", "resolution@1", "occurred", a=["A4"], r=["A3"], ctx=["cbrn"], rb="A1"),
        E("E6", "RETREAT", "let", "hypothetical", a=["A3"], r=["A2"], mode="access", ctx=["cbrn"],
          time=("within days", None), loc=("Fordow@2", "Fordow", "IRN"), rb="A1",
          inst="fordow-inspector-access"),
        E("E7", "CONSULT", "negotiate", "negated", a=["A3"], r=["A4"], ctx=["diplomatic", "cbrn"], rb="A1"),
        E("E8", "ACCUSE", "passes@1", "hypothetical", a=["A2"], r=["A3"], ctx=["cbrn"], inst="iaea-censure-vote"),
        E("E9", "ACCUSE", "passes@2", "hypothetical", a=["A2"], r=["A3"], ctx=["cbrn"], rb="A1",
          inst="iaea-censure-vote"),
        E("E10", "SANCTION", "cut", "hypothetical", a=["A5"], r=["A2"], ctx=["cbrn"], rb="A1"),
        E("E11", "CONSULT", "sit down", "desired", a=["A4", "A3"], ctx=["diplomatic", "cbrn"],
          loc=("Geneva", "Geneva", "CHE"), rb="A1"),
        E("E12", "CONSULT", "exchange messages", "ongoing", a=["A3", "A6"], mode="third-party",
          ctx=["diplomatic"], rb="A1"),
        E("E13", "CONSULT", "talks", "occurred", a=["A3", "A6"], mode="third-party", ctx=["diplomatic"],
          time=("April", "2025-04"), rb="A1"),
    ],
    stances=[
        ("S1", "A1", "E10", "oppose", "do not want"),
        ("S2", "A1", "E11", "support", "would much rather"),
        ("S3", "A3", "A7", "support", "grateful"),
    ],
    conds=[
        ("C1", "if", "If@1", ["E4"], ["E6"], "A1"),
        ("C2", "if", "If||If it passes", ["E9"], ["E10"], "A1"),
    ],
))


# 7. Japan and Taiwan -- analysis paragraph
DOCS.append(dict(
    id="blind19-07-japan-taiwan-analysis",
    title="Analysis: Tokyo's careful steps towards Taipei",
    published="2025-08-19",
    text=(
        "When Japan's defence ministry confirmed last week that two of its destroyers had sailed through the "
        "Taiwan Strait, officials in Tokyo called the transit routine. Beijing did not see it that way. China's "
        "foreign ministry lodged a protest with the Japanese ambassador, and within days the People's "
        "Liberation Army (PLA) held live-fire drills east of Taiwan.\n\n"
        "The pattern is familiar, but the stakes are rising. Prime Minister Haruto Kisaragi's government wants "
        "closer security ties with Taipei without crossing Beijing's red lines. Japanese diplomats say "
        "privately that Tokyo could postpone a planned visit by Taiwan's economy minister if China agreed to "
        "resume the high-level economic dialogue it suspended in March. Beijing, for its part, has warned of "
        "\"resolute countermeasures\" should Tokyo receive Taiwan's president.\n\n"
        "Taiwan's foreign minister, Lin Shu-fen, praised Japan's \"quiet courage\" and said she hoped to visit "
        "Tokyo herself before the end of the year. For now, both capitals seem content to keep the relationship "
        "useful and unspectacular.\n"
    ),
    actors=[
        ("A1", "Japan", "government", "JPN", "Japanese government",
         ["Japan's defence ministry", "its@1", "officials in Tokyo", "Prime Minister Haruto Kisaragi's government",
          "Japanese diplomats", "Tokyo@2", "Tokyo@3", "Japan's@2", "both capitals"]),
        ("A2", "China", "government", "CHN", "Chinese government",
         ["Beijing@1", "China's foreign ministry", "Beijing's", "China@2", "it||dialogue it suspended",
          "Beijing@3", "its@2"]),
        ("A3", "Japanese ambassador to China", "person", "JPN", "Japanese ambassador",
         ["the Japanese ambassador"]),
        ("A4", "People's Liberation Army", "government", "CHN", "Chinese armed forces",
         ["the People's Liberation Army", "PLA"]),
        ("A5", "Taiwan", "government", "TWN", "Taiwanese government",
         ["Taipei", "both capitals"]),
        ("A6", "Taiwan's economy minister", "person", "TWN", "Minister of Economic Affairs of Taiwan",
         ["Taiwan's economy minister"]),
        ("A7", "Taiwan's president", "person", "TWN", "President of Taiwan",
         ["Taiwan's president"]),
        ("A8", "Lin Shu-fen", "person", "TWN", "Foreign Minister of Taiwan",
         ["Taiwan's foreign minister, Lin Shu-fen", "she", "herself"]),
    ],
    events=[
        E("E1", "MOBILIZE", "sailed", "occurred", a=["A1"], ctx=["military"],
          loc=("the Taiwan Strait", "Taiwan Strait", None), rb="A1", inst="japan-destroyers-strait-transit"),
        E("E2", "MOBILIZE", "transit", "occurred", a=["A1"], ctx=["military"], rb="A1",
          loc=(None, "Taiwan Strait", None), inst="japan-destroyers-strait-transit"),
        E("E3", "ACCUSE", "protest", "occurred", a=["A2"], r=["A3"], mode="disapprove",
          ctx=["diplomatic", "military"]),
        E("E4", "MOBILIZE", "drills", "occurred", a=["A4"], ctx=["military"],
          loc=("east of Taiwan", "waters east of Taiwan", None)),
        E("E5", "COOPERATE", "security ties", "desired", a=["A1"], r=["A5"], ctx=["military"]),
        E("E6", "CONCEDE", "postpone", "hypothetical", a=["A1"], r=["A2"], ctx=["diplomatic"], rb="A1"),
        E("E7", "CONSULT", "visit@1", "planned", a=["A6"], r=["A1"], mode="visit", ctx=["diplomatic", "economic"],
          rb="A1", inst="taiwan-economy-minister-visit"),
        E("E8", "AGREE", "agreed", "hypothetical", a=["A2"], r=["A1"], ctx=["economic"], rb="A1"),
        E("E9", "CONSULT", "dialogue", "hypothetical", a=["A2", "A1"], ctx=["economic"], rb="A1",
          inst="japan-china-economic-dialogue"),
        E("E10", "SANCTION", "suspended", "occurred", a=["A2"], r=["A1"], mode="discontinue",
          ctx=["economic", "diplomatic"], time=("March", "2025-03"), rb="A1"),
        E("E11", "THREATEN", "warned", "occurred", a=["A2"], r=["A1"], ctx=["diplomatic"]),
        E("E12", "OTHER", "countermeasures", "hypothetical", a=["A2"], r=["A1"], rb="A2"),
        E("E13", "CONSULT", "receive", "hypothetical", a=["A7"], r=["A1"], mode="visit", ctx=["diplomatic"],
          rb="A2"),
        E("E14", "SUPPORT", "praised", "occurred", a=["A8"], r=["A1"], ctx=["diplomatic"]),
        E("E15", "CONSULT", "visit@2", "desired", a=["A8"], r=["A1"], mode="visit", ctx=["diplomatic"],
          time=("the end of the year", "2025"), loc=("Tokyo@4", "Tokyo", "JPN"), rb="A8"),
    ],
    stances=[
        ("S1", "A1", "E5", "support", "wants"),
        ("S2", "A8", "A1", "support", "praised"),
        ("S3", "A8", "E15", "support", "hoped"),
        ("S4", "A1", ("span", "keep the relationship useful and unspectacular"), "support", "content"),
        ("S5", "A5", ("span", "keep the relationship useful and unspectacular"), "support", "content"),
    ],
    conds=[
        ("C1", "if", "if", ["E8"], ["E6"], "A1"),
        ("C2", "if", "should", ["E13"], ["E12"], "A2"),
    ],
))


# 8. West-Central Africa -- official statement quoted at length
DOCS.append(dict(
    id="blind19-08-nigeria-kebbi-students-statement",
    title="Nigeria says abducted Kebbi students released, warns armed gangs",
    published="2025-02-12",
    text=(
        "ABUJA — Nigeria's federal government said on Tuesday that 52 students abducted from a secondary "
        "school in Kebbi State last month had been released, and warned armed gangs in the northwest that "
        "further attacks would be met with force.\n\n"
        "In a statement, presidential spokesman Tunde Adeyemi said:\n\n"
        "\"The students were released after troops of the Nigerian Army and operatives of the Department of "
        "State Services (DSS) surrounded the camp where they were being held. The Federal Government did not "
        "negotiate with the abductors and will never do so. We commend the Kebbi State Government for its "
        "cooperation.\n\n"
        "\"Let it be clear to those who still hold innocent Nigerians captive: release them now, or face "
        "military action. At the same time, the government will consider an amnesty for the gangs, provided "
        "that they surrender their weapons within 30 days.\"\n\n"
        "The statement added that the students would be reunited with their families on Thursday after medical "
        "checks. Parents' groups welcomed the release but criticised the army for taking more than three weeks "
        "to act.\n"
    ),
    actors=[
        ("A1", "Nigeria", "government", "NGA", "Nigerian federal government",
         ["Nigeria's federal government", "The Federal Government", "We", "the government"]),
        ("A2", "abducted Kebbi students", "group", "NGA", None,
         ["52 students", "The students", "they@1", "the students", "their@2"]),
        ("A3", "armed gangs in northwest Nigeria", "group", "NGA", None,
         ["armed gangs in the northwest", "those", "the gangs", "they@2", "their@1"]),
        ("A4", "Tunde Adeyemi", "person", "NGA", "presidential spokesman",
         ["presidential spokesman Tunde Adeyemi"]),
        ("A5", "Nigerian Army", "government", "NGA", None,
         ["troops of the Nigerian Army", "the army"]),
        ("A6", "Department of State Services", "government", "NGA", None,
         ["operatives of the Department of State Services", "DSS"]),
        ("A7", "abductors of the Kebbi students", "group", "NGA", None,
         ["the abductors"]),
        ("A8", "Kebbi State Government", "government", "NGA", None,
         ["the Kebbi State Government", "its"]),
        ("A9", "hostages held by armed gangs", "group", "NGA", None,
         ["innocent Nigerians", "them"]),
        ("A10", "parents' groups", "organization", "NGA", None,
         ["Parents' groups"]),
    ],
    events=[
        E("E1", "RETREAT", "released@1", "occurred", a=["A7"], r=["A2"], mode="release", rb="A1",
          inst="kebbi-students-release"),
        E("E2", "ASSAULT", "abducted", "occurred", a=["A7"], r=["A2"], mode="abduct",
          time=("last month", "2025-01"), loc=("Kebbi State", "Kebbi State", "NGA"), rb="A1",
          inst="kebbi-school-abduction"),
        E("E3", "THREATEN", "warned", "occurred", a=["A1"], r=["A3"], mode="violence", ctx=["military"],
          time=("Tuesday", "2025-02-11")),
        E("E4", "ASSAULT", "attacks", "hypothetical", a=["A3"], rb="A1"),
        E("E5", "ASSAULT", "force", "hypothetical", a=["A1"], r=["A3"], ctx=["military"], rb="A1"),
        E("E6", "RETREAT", "released@2", "occurred", a=["A7"], r=["A2"], mode="release", rb="A4",
          inst="kebbi-students-release"),
        E("E7", "MOBILIZE", "surrounded", "occurred", a=["A5", "A6"], r=["A7"], mode="troops",
          ctx=["military"], rb="A4"),
        E("E8", "CONSULT", "negotiate", "negated", a=["A1"], r=["A7"], rb="A4"),
        E("E9", "SUPPORT", "commend", "occurred", a=["A1"], r=["A8"], rb="A4"),
        E("E10", "COOPERATE", "cooperation", "occurred", a=["A8"], r=["A1"], rb="A4"),
        E("E11", "ASSAULT", "hold", "ongoing", a=["A3"], r=["A9"], mode="abduct", rb="A4"),
        E("E12", "RETREAT", "release@1", "hypothetical", a=["A3"], r=["A9"], mode="release", rb="A4"),
        E("E13", "ASSAULT", "military action", "hypothetical", a=["A1"], r=["A3"], ctx=["military"], rb="A4"),
        E("E14", "CONCEDE", "amnesty", "hypothetical", a=["A1"], r=["A3"], rb="A4"),
        E("E15", "RETREAT", "surrender", "hypothetical", a=["A3"], mode="disarm", ctx=["military"],
          time=("within 30 days", None), rb="A4"),
        E("E16", "SUPPORT", "welcomed", "occurred", a=["A10"]),
        E("E17", "RETREAT", "release@2", "occurred", a=["A7"], r=["A2"], mode="release",
          inst="kebbi-students-release"),
        E("E18", "ACCUSE", "criticised", "occurred", a=["A10"], r=["A5"], mode="disapprove"),
    ],
    stances=[
        ("S1", "A1", "A8", "support", "commend"),
        ("S2", "A10", "E17", "support", "welcomed"),
        ("S3", "A10", "A5", "oppose", "criticised"),
    ],
    conds=[
        ("C1", "unless", "or||or face military action", ["E12"], ["E13"], "A4"),
        ("C2", "provided", "provided that", ["E15"], ["E14"], "A4"),
    ],
))


# 9. Nordic countries and the Arctic -- straight wire report with dateline
DOCS.append(dict(
    id="blind19-09-norway-russian-trawler-svalbard",
    title="Norway detains Russian trawler off Svalbard; Moscow demands its release",
    published="2025-10-30",
    text=(
        "TROMSØ, Norway, Oct 30 — Norway's coast guard detained a Russian fishing trawler off Svalbard on "
        "Wednesday on suspicion of fishing without a licence, the second such seizure this year, the Norwegian "
        "Fisheries Directorate said.\n\n"
        "The trawler, the Kapitan Orlov, was escorted to Tromsø, where its captain faces a fine of up to "
        "2 million crowns. Its 23 crew members have not been arrested.\n\n"
        "Russia's embassy in Oslo demanded the immediate release of the vessel and condemned the detention as "
        "\"an unfriendly act\". A spokeswoman for the Russian foreign ministry, Irina Voloshina, said Moscow "
        "would \"take measures to protect\" its fishermen if the ship was not released by Friday.\n\n"
        "Norwegian Foreign Minister Eirik Haugland said the detention was carried out in line with Norwegian law "
        "and that Oslo was ready to discuss fishing quotas with Moscow at the annual meeting of the joint "
        "fisheries commission in November. \"We will not be intimidated,\" he added.\n"
    ),
    actors=[
        ("A1", "Norwegian Coast Guard", "government", "NOR", None,
         ["Norway's coast guard"]),
        ("A2", "Kapitan Orlov (trawler)", "other", "RUS", "Russian fishing trawler",
         ["a Russian fishing trawler", "The trawler, the Kapitan Orlov", "the vessel", "the ship"]),
        ("A3", "Norwegian Fisheries Directorate", "government", "NOR", None,
         ["the Norwegian Fisheries Directorate"]),
        ("A4", "captain of the Kapitan Orlov", "person", "RUS", "trawler captain",
         ["its captain"]),
        ("A5", "crew of the Kapitan Orlov", "group", "RUS", None,
         ["Its 23 crew members"]),
        ("A6", "Russia", "government", "RUS", "Russian government",
         ["Russia's embassy in Oslo", "Moscow@1", "its@2", "Moscow@2"]),
        ("A7", "Irina Voloshina", "person", "RUS", "Russian foreign ministry spokeswoman",
         ["A spokeswoman for the Russian foreign ministry, Irina Voloshina"]),
        ("A8", "Norway", "government", "NOR", "Norwegian government",
         ["Oslo@2", "We"]),
        ("A9", "Eirik Haugland", "person", "NOR", "Norwegian Foreign Minister",
         ["Norwegian Foreign Minister Eirik Haugland", "he"]),
    ],
    events=[
        E("E1", "COERCE", "detained", "occurred", a=["A1"], r=["A2"], mode="seize", ctx=["natural_resource"],
          time=("Wednesday", "2025-10-29"), loc=("Svalbard", "Svalbard", "NOR"), rb="A3",
          inst="kapitan-orlov-detention"),
        E("E2", "COERCE", "seizure", "occurred", a=["A1"], r=["A2"], mode="seize", ctx=["natural_resource"],
          time=(None, "2025-10-29"), loc=(None, "Svalbard", "NOR"), rb="A3", inst="kapitan-orlov-detention"),
        E("E3", "SANCTION", "fine", "hypothetical", r=["A4"], ctx=["natural_resource"]),
        E("E4", "COERCE", "arrested", "negated", r=["A5"], mode="arrest"),
        E("E5", "REQUEST", "demanded", "occurred", a=["A6"], r=["A8"], mode="yield", ctx=["diplomatic"]),
        E("E6", "RETREAT", "release", "desired", a=["A8"], r=["A2"], mode="release", inst="kapitan-orlov-release"),
        E("E7", "ACCUSE", "condemned", "occurred", a=["A6"], r=["A8"], mode="disapprove", ctx=["diplomatic"]),
        E("E8", "COERCE", "detention@1", "occurred", a=["A1"], r=["A2"], mode="seize", ctx=["natural_resource"],
          time=(None, "2025-10-29"), loc=(None, "Svalbard", "NOR"), inst="kapitan-orlov-detention"),
        E("E9", "OTHER", "measures", "hypothetical", a=["A6"], r=["A8"], rb="A7"),
        E("E10", "RETREAT", "released", "hypothetical", a=["A8"], r=["A2"], mode="release",
          time=("Friday", "2025-10-31"), rb="A7", inst="kapitan-orlov-release"),
        E("E11", "COERCE", "detention@2", "occurred", a=["A1"], r=["A2"], mode="seize", ctx=["natural_resource"],
          time=(None, "2025-10-29"), loc=(None, "Svalbard", "NOR"), rb="A9", inst="kapitan-orlov-detention"),
        E("E12", "AGREE", "ready", "occurred", a=["A8"], r=["A6"], ctx=["natural_resource"], rb="A9"),
        E("E13", "CONSULT", "discuss", "desired", a=["A8"], r=["A6"], ctx=["natural_resource", "economic"],
          time=(None, "2025-11"), rb="A9", inst="fisheries-commission-november"),
        E("E14", "CONSULT", "meeting", "planned", a=["A8", "A6"], ctx=["natural_resource", "economic"],
          time=("November", "2025-11"), rb="A9", inst="fisheries-commission-november"),
    ],
    stances=[
        ("S1", "A6", "E8", "oppose", "condemned"),
    ],
    conds=[
        ("C1", "if", "if", ["E10"], ["E9"], "A7"),
    ],
))


# 10. Mexico and Central American migration -- report heavy in reported speech and quotes
DOCS.append(dict(
    id="blind19-10-mexico-guatemala-border-deal",
    title="Mexico and Guatemala sign border deal as migrant caravan heads north",
    published="2025-11-14",
    text=(
        "MEXICO CITY — Mexico and Guatemala signed a border security agreement on Thursday under which both "
        "will deploy additional National Guard and army units along their shared frontier, days after a caravan "
        "of about 3,000 migrants, most of them from Honduras and Venezuela, crossed into the southern state of "
        "Chiapas.\n\n"
        "\"We are not closing the border. We are closing it to smugglers,\" Mexican Interior Minister Adriana "
        "Solís told reporters after meeting her Guatemalan counterpart, Óscar Pineda, in Tapachula.\n\n"
        "Pineda said Guatemala would also step up patrols on its side, but he rejected a request from Mexico "
        "City to take back migrants who had crossed through its territory. \"We are a transit country, not a "
        "waiting room,\" he said.\n\n"
        "Rights groups condemned the deal. \"This agreement will push people onto even more dangerous routes,\" "
        "said Lucía Herrera of the Frontera Digna migrant shelter in Tapachula. \"Unless the governments open "
        "legal pathways, the smugglers will be the only winners.\"\n\n"
        "In Washington, the State Department welcomed the agreement and said the United States would consider "
        "more funding for migrant shelters in southern Mexico if arrivals at its own border kept falling. The "
        "caravan's organisers said they would keep walking north.\n"
    ),
    actors=[
        ("A1", "Mexico", "government", "MEX", "Mexican government",
         ["Mexico@1", "both", "their", "We@1", "We@2", "Mexico City", "the governments"]),
        ("A2", "Guatemala", "government", "GTM", "Guatemalan government",
         ["Guatemala@1", "both", "their", "Guatemala@2", "its@1", "its@2", "We@3", "the governments"]),
        ("A3", "migrant caravan", "group", None, None,
         ["a caravan of about 3,000 migrants", "them"]),
        ("A4", "Adriana Solís", "person", "MEX", "Mexican Interior Minister",
         ["Mexican Interior Minister Adriana Solís"]),
        ("A5", "Óscar Pineda", "person", "GTM", "Guatemalan Interior Minister",
         ["her Guatemalan counterpart, Óscar Pineda", "Pineda||Pineda said", "he@1", "he@2"]),
        ("A6", "people smugglers", "group", None, None,
         ["smugglers@1", "the smugglers"]),
        ("A7", "rights groups", "organization", None, None,
         ["Rights groups"]),
        ("A8", "Lucía Herrera", "person", "MEX", "Frontera Digna migrant shelter",
         ["Lucía Herrera of the Frontera Digna migrant shelter in Tapachula"]),
        ("A9", "United States", "government", "USA", "US government",
         ["the State Department", "the United States", "its@3"]),
        ("A10", "migrant shelters in southern Mexico", "organization", "MEX", None,
         ["migrant shelters in southern Mexico"]),
        ("A11", "caravan organisers", "group", None, None,
         ["The caravan's organisers", "they"]),
    ],
    events=[
        E("E1", "SUPPORT", "signed", "occurred", a=["A1", "A2"], ctx=["migration", "diplomatic"],
          time=("Thursday", "2025-11-13"), inst="mx-gt-border-agreement"),
        E("E2", "MOBILIZE", "deploy", "planned", a=["A1", "A2"], mode="troops", ctx=["migration", "military"],
          loc=("their shared frontier", "Mexico–Guatemala border", None)),
        E("E3", "COERCE", "closing@1", "negated", a=["A1"], mode="restrict", ctx=["migration"], rb="A4"),
        E("E4", "COERCE", "closing@2", "ongoing", a=["A1"], r=["A6"], mode="restrict",
          ctx=["migration", "crime"], rb="A4"),
        E("E5", "CONSULT", "meeting", "occurred", a=["A5"], r=["A4"], mode="visit", ctx=["diplomatic", "migration"],
          loc=("Tapachula@1", "Tapachula", "MEX")),
        E("E6", "MOBILIZE", "patrols", "planned", a=["A2"], ctx=["migration"], rb="A5"),
        E("E7", "REJECT", "rejected", "occurred", a=["A5"], r=["A1"], ctx=["migration"]),
        E("E8", "REQUEST", "request", "occurred", a=["A1"], r=["A2"], ctx=["migration"]),
        E("E9", "COOPERATE", "take back", "desired", a=["A2"], r=["A1"], ctx=["migration"]),
        E("E10", "ACCUSE", "condemned", "occurred", a=["A7"], r=["A1", "A2"], mode="disapprove",
          ctx=["migration", "human_rights"]),
        E("E11", "SUPPORT", "deal", "occurred", a=["A1", "A2"], ctx=["migration"],
          inst="mx-gt-border-agreement"),
        E("E12", "SUPPORT", "agreement@2", "occurred", a=["A1", "A2"], ctx=["migration"], rb="A8",
          inst="mx-gt-border-agreement"),
        E("E13", "CONCEDE", "open", "hypothetical", a=["A1", "A2"], ctx=["migration"], rb="A8"),
        E("E14", "OTHER", "winners", "hypothetical", a=["A6"], rb="A8"),
        E("E15", "SUPPORT", "welcomed", "occurred", a=["A9"], r=["A1", "A2"], ctx=["migration"]),
        E("E16", "SUPPORT", "agreement@3", "occurred", a=["A1", "A2"], ctx=["migration"],
          inst="mx-gt-border-agreement"),
        E("E17", "AID", "funding", "hypothetical", a=["A9"], r=["A10"], ctx=["migration"], rb="A9"),
        E("E18", "OTHER", "falling", "hypothetical", ctx=["migration"], rb="A9"),
    ],
    stances=[
        ("S1", "A5", "E9", "oppose", "rejected"),
        ("S2", "A7", "E11", "oppose", "condemned"),
        ("S3", "A9", "E16", "support", "welcomed"),
    ],
    conds=[
        ("C1", "unless", "Unless", ["E13"], ["E14"], "A8"),
        ("C2", "if", "if", ["E18"], ["E17"], "A9"),
    ],
))
