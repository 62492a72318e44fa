"""blind22: ten blind gold passages, written and annotated by hand by the guidelines
(docs/guidelines.md). Spans are located by substring search in gold_builder.py."""

from gold_builder import E  # the event helper every set shares

DOCS: list[dict] = []


# ---------------------------------------------------------------- 01 Georgia / Russia
DOCS.append(dict(
    id="blind22-01-georgia-russia-prague-talks",
    title="Georgian and Russian envoys meet in Prague, agree to talk again in June",
    published="2025-03-14",
    text=(
        "PRAGUE, March 14 — Georgian special envoy Levan Kiknadze met Russian Deputy Foreign Minister Oleg Sorokin in Prague on Thursday, the first meeting of the two in more than a year.\n\n"
        "The two sides discussed transport links, customs at the Upper Lars checkpoint and the detention of four Georgian villagers by Russian border guards near the boundary line with South Ossetia last month, the Georgian Foreign Ministry said in a statement.\n\n"
        "Kiknadze told reporters after the talks that Tbilisi had again demanded the villagers' release. \"We went through every case. Moscow promised to review them, and we expect the men home before winter,\" he said.\n\n"
        "Sorokin said Russia was ready to restore regular flights provided that Georgian authorities lifted the remaining restrictions on Russian airlines. He rejected calls for their immediate release, saying the men had \"illegally crossed the state border of South Ossetia\".\n\n"
        "The envoys agreed to meet again in June. The European Union welcomed the meeting but said the format would not replace the Geneva International Discussions, which it co-chairs.\n\n"
        "Georgia's opposition United National Movement (UNM) criticised the talks, accusing the government of making secret concessions to Moscow.\n"
    ),
    actors=[
        ("K", "Levan Kiknadze", "person", "GEO", "Georgian special envoy",
         ["Georgian special envoy Levan Kiknadze", "the two", "Kiknadze@2", "he", "The envoys"]),
        ("S", "Oleg Sorokin", "person", "RUS", "Russian Deputy Foreign Minister",
         ["Russian Deputy Foreign Minister Oleg Sorokin", "the two", "Sorokin@2", "He", "The envoys"]),
        ("GEO", "Georgia", "government", "GEO", "Georgian government",
         ["The two sides", "Tbilisi", "We||We went", "we||we expect", "Georgian authorities", "the government"]),
        ("RUS", "Russia", "government", "RUS", "Russian government",
         ["The two sides", "Moscow", "Russia", "Moscow@2"]),
        ("BG", "Russian border guards", "government", "RUS", "Russian border guards",
         ["Russian border guards"]),
        ("V", "four Georgian villagers", "other", "GEO", None,
         ["four Georgian villagers", "the villagers", "the men", "their", "the men@2"]),
        ("MFA", "Georgian Foreign Ministry", "government", "GEO", "Georgian Foreign Ministry",
         ["the Georgian Foreign Ministry"]),
        ("AIR", "Russian airlines", "organization", "RUS", None, ["Russian airlines"]),
        ("EU", "European Union", "igo", None, None, ["The European Union", "it||which it co-chairs"]),
        ("UNM", "United National Movement", "organization", "GEO", "Georgian opposition party",
         ["Georgia's opposition United National Movement", "UNM"]),
    ],
    events=[
        E("met", "CONSULT", "met", "occurred", a=["K"], r=["S"], mode="third-party", ctx=["diplomatic"],
          time=("Thursday", "2025-03-13"), loc=("Prague", "Prague", "CZE"), inst="prague-talks"),
        E("meeting1", "CONSULT", "meeting", "occurred", a=["K", "S"], mode="third-party", ctx=["diplomatic"],
          time=(None, "2025-03-13"), loc=(None, "Prague", "CZE"), inst="prague-talks"),
        E("discussed", "CONSULT", "discussed", "occurred", a=["GEO", "RUS"], mode="third-party", ctx=["diplomatic"],
          time=(None, "2025-03-13"), loc=(None, "Prague", "CZE"), rb="MFA", inst="prague-talks"),
        E("detention", "COERCE", "detention", "occurred", a=["BG"], r=["V"], mode="arrest", ctx=["territory"],
          time=("last month", "2025-02"),
          loc=("the boundary line with South Ossetia", "South Ossetia administrative boundary line", "GEO"),
          rb="MFA", inst="villagers-detention"),
        E("talks1", "CONSULT", "talks", "occurred", a=["K", "S"], mode="third-party", ctx=["diplomatic"],
          time=(None, "2025-03-13"), loc=(None, "Prague", "CZE"), inst="prague-talks"),
        E("demanded", "REQUEST", "demanded", "occurred", a=["GEO"], r=["RUS"], mode="yield",
          ctx=["diplomatic"], rb="K", inst="villagers-demand"),
        E("release1", "RETREAT", "release", "desired", a=["RUS"], r=["V"], mode="release", rb="K",
          inst="villagers-release"),
        E("promised", "AGREE", "promised", "occurred", a=["RUS"], r=["GEO"], ctx=["diplomatic"], rb="K"),
        E("review", "ACCUSE", "review", "planned", a=["RUS"], mode="investigate", ctx=["legal"], rb="K"),
        E("ready", "AGREE", "ready", "occurred", a=["RUS"], r=["GEO"], ctx=["economic"], rb="S"),
        E("restore", "COOPERATE", "restore", "hypothetical", a=["RUS"], r=["GEO"], ctx=["economic"], rb="S"),
        E("lifted", "CONCEDE", "lifted", "hypothetical", a=["GEO"], r=["AIR"], ctx=["economic"], rb="S"),
        E("rejected", "REJECT", "rejected", "occurred", a=["S"], r=["GEO"], mode="yield", ctx=["diplomatic"]),
        E("calls", "REQUEST", "calls", "occurred", a=["GEO"], r=["RUS"], mode="yield", inst="villagers-demand"),
        E("release2", "RETREAT", "release@2", "desired", a=["RUS"], r=["V"], mode="release",
          inst="villagers-release"),
        E("agreed", "AGREE", "agreed", "occurred", a=["K", "S"], ctx=["diplomatic"]),
        E("meet", "CONSULT", "meet", "planned", a=["K", "S"], ctx=["diplomatic"], time=("June", "2025-06"),
          inst="june-meeting"),
        E("welcomed", "SUPPORT", "welcomed", "occurred", a=["EU"], ctx=["diplomatic"]),
        E("meeting2", "CONSULT", "meeting@2", "occurred", a=["K", "S"], mode="third-party", ctx=["diplomatic"],
          time=(None, "2025-03-13"), loc=(None, "Prague", "CZE"), inst="prague-talks"),
        E("cochairs", "CONSULT", "co-chairs", "ongoing", a=["EU"], r=["GEO", "RUS"], mode="third-party",
          ctx=["diplomatic"]),
        E("criticised", "ACCUSE", "criticised", "occurred", a=["UNM"], r=["GEO"], mode="disapprove",
          ctx=["diplomatic"]),
        E("talks2", "CONSULT", "talks@2", "occurred", a=["K", "S"], mode="third-party", ctx=["diplomatic"],
          time=(None, "2025-03-13"), loc=(None, "Prague", "CZE"), inst="prague-talks"),
        E("accusing", "ACCUSE", "accusing", "occurred", a=["UNM"], r=["GEO"], mode="allege"),
        E("concessions", "CONCEDE", "concessions", "occurred", a=["GEO"], r=["RUS"], ctx=["diplomatic"],
          rb="UNM"),
    ],
    stances=[
        ("S1", "GEO", "release1", "support", "expect"),
        ("S2", "S", "release2", "oppose", "rejected"),
        ("S3", "EU", "meeting2", "support", "welcomed"),
        ("S4", "UNM", "talks2", "oppose", "criticised"),
    ],
    conds=[
        ("C1", "provided", "provided that", ["lifted"], ["restore"], "S"),
    ],
))

# ---------------------------------------------------------------- 02 Turkey / Kurdish question
DOCS.append(dict(
    id="blind22-02-turkey-kurdish-mayor-court",
    title="Turkish court keeps Kurdish co-mayor in custody as parliament takes up PKK disarmament bill",
    published="2025-06-19",
    text=(
        "ANKARA, June 19 — A court in Diyarbakir on Wednesday ordered that the co-mayor of Batman, Ayse Demirtekin, remain in pre-trial detention, rejecting a request from her lawyers for her release.\n\n"
        "Demirtekin, who was elected last year for the pro-Kurdish Peoples' Equality and Democracy Party (DEM Party), was detained in February. The Interior Ministry removed her from office days later and appointed a trustee. Prosecutors accuse her of \"membership of an armed organisation\", a reference to the Kurdistan Workers' Party (PKK).\n\n"
        "Her lawyers said they would appeal to the Constitutional Court next week.\n\n"
        "The ruling came as parliament's justice committee took up a bill on the disarmament of the PKK, which announced in May that it would dissolve itself. DEM Party deputies said they would vote for the bill only if it included the release of sick prisoners and the return of dismissed mayors.\n\n"
        "\"We cannot speak of peace while our mayors are in prison,\" DEM Party co-chair Selin Aktan told the committee.\n\n"
        "Justice Minister Kemal Ozdag rejected the demand, saying the judiciary was independent. The ruling Justice and Development Party (AKP) and the Nationalist Movement Party (MHP) have enough votes to pass the measure on their own.\n"
    ),
    actors=[
        ("CT", "Diyarbakir court", "government", "TUR", "court in Diyarbakir", ["A court in Diyarbakir"]),
        ("AD", "Ayse Demirtekin", "person", "TUR", "co-mayor of Batman",
         ["the co-mayor of Batman, Ayse Demirtekin", "her@2", "Demirtekin@2", "her@3", "her@4"]),
        ("LAW", "lawyers of Ayse Demirtekin", "other", "TUR", None,
         ["her lawyers", "Her lawyers", "they@1"]),
        ("DEM", "Peoples' Equality and Democracy Party", "organization", "TUR", "pro-Kurdish party",
         ["the pro-Kurdish Peoples' Equality and Democracy Party", "DEM Party", "DEM Party deputies", "they@2",
          "We"]),
        ("IM", "Turkish Interior Ministry", "government", "TUR", "Interior Ministry", ["The Interior Ministry"]),
        ("PROS", "Turkish prosecutors", "government", "TUR", "prosecutors", ["Prosecutors"]),
        ("PKK", "Kurdistan Workers' Party", "group", "TUR", "armed group",
         ["the Kurdistan Workers' Party", "PKK", "the PKK", "it||that it would dissolve", "itself"]),
        ("CC", "Constitutional Court of Turkey", "government", "TUR", "Constitutional Court",
         ["the Constitutional Court"]),
        ("JC", "Turkish parliament justice committee", "government", "TUR",
         "justice committee of the Turkish parliament", ["parliament's justice committee", "the committee"]),
        ("PRI", "sick prisoners", "other", "TUR", None, ["sick prisoners"]),
        ("MAY", "dismissed DEM Party mayors", "other", "TUR", None, ["dismissed mayors", "our mayors"]),
        ("AK", "Selin Aktan", "person", "TUR", "DEM Party co-chair", ["DEM Party co-chair Selin Aktan"]),
        ("OZ", "Kemal Ozdag", "person", "TUR", "Turkish Justice Minister", ["Justice Minister Kemal Ozdag"]),
        ("AKP", "Justice and Development Party", "organization", "TUR", "ruling party",
         ["The ruling Justice and Development Party", "AKP", "their"]),
        ("MHP", "Nationalist Movement Party", "organization", "TUR", None,
         ["the Nationalist Movement Party", "MHP", "their"]),
    ],
    events=[
        E("detention", "COERCE", "detention", "occurred", a=["CT"], r=["AD"], mode="arrest", ctx=["legal"],
          time=("Wednesday", "2025-06-18"), loc=("Diyarbakir", "Diyarbakir", "TUR"), inst="demirtekin-ruling"),
        E("rejecting", "REJECT", "rejecting", "occurred", a=["CT"], r=["LAW"], mode="yield", ctx=["legal"]),
        E("request", "REQUEST", "request", "occurred", a=["LAW"], r=["CT"], mode="yield", ctx=["legal"]),
        E("release1", "RETREAT", "release", "desired", a=["CT"], r=["AD"], mode="release", ctx=["legal"]),
        E("detained", "COERCE", "detained", "occurred", r=["AD"], mode="arrest", time=("February", "2025-02")),
        E("removed", "COERCE", "removed", "occurred", a=["IM"], r=["AD"], ctx=["political_institutions"]),
        E("accuse", "ACCUSE", "accuse", "occurred", a=["PROS"], r=["AD"], mode="allege",
          ctx=["legal", "terrorism"]),
        E("appeal", "ACCUSE", "appeal", "planned", a=["LAW"], r=["CT"], ctx=["legal"],
          time=("next week", None), rb="LAW"),
        E("ruling", "COERCE", "ruling", "occurred", a=["CT"], r=["AD"], mode="arrest", ctx=["legal"],
          time=(None, "2025-06-18"), loc=(None, "Diyarbakir", "TUR"), inst="demirtekin-ruling"),
        E("disarmament", "RETREAT", "disarmament", "planned", a=["PKK"], mode="disarm", ctx=["military"],
          inst="pkk-disarmament"),
        E("dissolve", "RETREAT", "dissolve", "planned", a=["PKK"], ctx=["military"], rb="PKK",
          inst="pkk-dissolution"),
        E("vote", "SUPPORT", "vote", "hypothetical", a=["DEM"], ctx=["legislative"], rb="DEM"),
        E("release2", "RETREAT", "release@2", "hypothetical", r=["PRI"], mode="release", ctx=["human_rights"],
          rb="DEM"),
        E("return", "CONCEDE", "return", "hypothetical", r=["MAY"], ctx=["political_institutions"], rb="DEM"),
        E("rejected", "REJECT", "rejected", "occurred", a=["OZ"], r=["DEM"], mode="yield",
          ctx=["legislative"]),
        E("demand", "REQUEST", "demand", "occurred", a=["DEM"], mode="yield", ctx=["legislative"]),
        E("pass", "SUPPORT", "pass", "hypothetical", a=["AKP", "MHP"], ctx=["legislative"]),
    ],
    stances=[
        ("S1", "CT", "release1", "oppose", "rejecting"),
        ("S2", "DEM", "vote", "support", "would vote for"),
        ("S3", "OZ", "demand", "oppose", "rejected"),
    ],
    conds=[
        ("C1", "only_if", "only if", ["release2", "return"], ["vote"], "DEM"),
    ],
))

# ---------------------------------------------------------------- 03 Madagascar protests
DOCS.append(dict(
    id="blind22-03-madagascar-power-cut-protests",
    title="Madagascar protesters defy curfew for third day; energy minister resigns",
    published="2025-09-29",
    text=(
        "ANTANANARIVO, Sept 29 — Thousands of protesters marched through Antananarivo for a third day on Sunday to demand an end to power and water cuts, defying a night-time curfew the government imposed on Friday.\n\n"
        "Police fired tear gas to disperse crowds near Lake Anosy, and the national gendarmerie said it had arrested 34 protesters.\n\n"
        "In a televised address late on Sunday, President Haja Rakotondrabe apologised for the outages and said Energy Minister Fidy Andriamanana had resigned. \"I have heard this anger,\" he said, promising to lift the curfew on Wednesday if calm returned.\n\n"
        "\"One minister's resignation changes nothing. We will stay in the streets until the president resigns,\" said Tovo Ralaivao, a spokesman for the Federation of Malagasy Students (FEM), which has led the marches.\n\n"
        "The opposition Malagasy Democratic Union (UDM) backed the demonstrators and called for an independent inquiry into the police response. The African Union (AU) urged both sides to show restraint and offered to send a mediator.\n"
    ),
    actors=[
        ("PR", "protesters in Antananarivo", "group", "MDG", None,
         ["Thousands of protesters", "crowds", "34 protesters", "the demonstrators", "both sides"]),
        ("GOV", "Madagascar", "government", "MDG", "Malagasy government", ["the government", "both sides"]),
        ("POL", "Malagasy police", "government", "MDG", "police", ["Police", "police"]),
        ("GEN", "National Gendarmerie of Madagascar", "government", "MDG", "national gendarmerie",
         ["the national gendarmerie", "it||said it had arrested"]),
        ("PRES", "Haja Rakotondrabe", "person", "MDG", "President of Madagascar",
         ["President Haja Rakotondrabe", "I", "he", "the president"]),
        ("EM", "Fidy Andriamanana", "person", "MDG", "Energy Minister",
         ["Energy Minister Fidy Andriamanana", "One minister"]),
        ("RAL", "Tovo Ralaivao", "person", "MDG", "FEM spokesman",
         ["Tovo Ralaivao, a spokesman for the Federation of Malagasy Students"]),
        ("FEM", "Federation of Malagasy Students", "organization", "MDG", "student union",
         ["the Federation of Malagasy Students", "FEM", "We"]),
        ("UDM", "Malagasy Democratic Union", "organization", "MDG", "opposition party",
         ["The opposition Malagasy Democratic Union", "UDM"]),
        ("AU", "African Union", "igo", None, None, ["The African Union", "AU"]),
    ],
    events=[
        E("marched", "PROTEST", "marched", "occurred", a=["PR"], r=["GOV"], mode="demo",
          time=("Sunday", "2025-09-28"), loc=("Antananarivo", "Antananarivo", "MDG"), inst="tana-protests"),
        E("demand", "REQUEST", "demand", "occurred", a=["PR"], r=["GOV"]),
        E("defying", "REJECT", "defying", "occurred", a=["PR"], r=["GOV"]),
        E("curfew", "COERCE", "curfew", "occurred", a=["GOV"], mode="curfew", ctx=["rights_freedoms"],
          time=("Friday", "2025-09-26"), inst="tana-curfew"),
        E("fired", "ASSAULT", "fired", "occurred", a=["POL"], r=["PR"], mode="crowd-control",
          ctx=["repression"], loc=("Lake Anosy", "Lake Anosy, Antananarivo", "MDG"), inst="anosy-tear-gas"),
        E("arrested", "COERCE", "arrested", "occurred", a=["GEN"], r=["PR"], mode="arrest",
          ctx=["repression"], rb="GEN"),
        E("apologised", "CONCEDE", "apologised", "occurred", a=["PRES"]),
        E("resigned", "RETREAT", "resigned", "occurred", a=["EM"], mode="resign", rb="PRES",
          inst="minister-resignation"),
        E("promising", "AGREE", "promising", "occurred", a=["PRES"]),
        E("lift", "CONCEDE", "lift", "hypothetical", a=["PRES"], ctx=["rights_freedoms"],
          time=("Wednesday", "2025-10-01"), rb="PRES"),
        E("calm", "OTHER", "calm returned", "hypothetical", rb="PRES"),
        E("resignation", "RETREAT", "resignation", "occurred", a=["EM"], mode="resign", rb="RAL",
          inst="minister-resignation"),
        E("stay", "PROTEST", "stay in the streets", "planned", a=["FEM"], r=["GOV"], mode="demo", rb="RAL",
          inst="tana-protests"),
        E("resigns", "RETREAT", "resigns", "desired", a=["PRES"], mode="resign", rb="RAL"),
        E("marches", "PROTEST", "marches", "occurred", a=["FEM"], mode="demo", inst="tana-protests"),
        E("backed", "SUPPORT", "backed", "occurred", a=["UDM"], r=["PR"]),
        E("calledfor", "REQUEST", "called for", "occurred", a=["UDM"], r=["GOV"]),
        E("inquiry", "ACCUSE", "inquiry", "desired", r=["POL"], mode="investigate", ctx=["repression"]),
        E("response", "ASSAULT", "response", "occurred", a=["POL"], r=["PR"], mode="crowd-control",
          ctx=["repression"], inst="anosy-tear-gas"),
        E("urged", "REQUEST", "urged", "occurred", a=["AU"], r=["GOV", "PR"], mode="yield"),
        E("offered", "AGREE", "offered", "occurred", a=["AU"], r=["GOV", "PR"]),
        E("mediator", "CONSULT", "send a mediator", "desired", a=["AU"], r=["GOV", "PR"], mode="third-party"),
    ],
    stances=[
        ("S1", "UDM", "PR", "support", "backed"),
    ],
    conds=[
        ("C1", "if", "if", ["calm"], ["lift"], "PRES"),
    ],
))

# ---------------------------------------------------------------- 04 Cote d'Ivoire rally ban
DOCS.append(dict(
    id="blind22-04-cote-divoire-rally-ban",
    title="Ivorian government bans opposition rally in Abidjan; FCD vows to march",
    published="2025-08-11",
    text=(
        "ABIDJAN, Aug 11 — The Ivorian government on Sunday banned an opposition rally planned for Saturday in Abidjan's Yopougon district, citing \"serious risks to public order\". The statement, read on state television by government spokesman Issouf Dembele, said in part:\n\n"
        "\"The Government has taken note of the call by certain political parties to gather on August 16 without prior notification. No authorisation will be granted for this gathering. The Government warns that any attempt to occupy the public highway will be dispersed and its organisers prosecuted. The Government remains open to dialogue with the opposition, provided that it respects the constitutional framework, and invites it to submit its concerns to the Independent Electoral Commission (CEI) rather than to the street.\"\n\n"
        "The Front for Democratic Change (FCD), which called the rally, rejected the ban. Its secretary general, Aminata Kouassi, said the party would march anyway unless the authorities released its detained activists by Friday. \"We have asked for nothing but the right to assemble,\" she said.\n\n"
        "The CEI said it had received no formal complaint from the FCD.\n"
    ),
    actors=[
        ("CIV", "Cote d'Ivoire", "government", "CIV", "Ivorian government",
         ["The Ivorian government", "The Government@1", "The Government@2", "The Government@3",
          "the authorities"]),
        ("DEMB", "Issouf Dembele", "person", "CIV", "Ivorian government spokesman",
         ["government spokesman Issouf Dembele"]),
        ("OPP", "Ivorian opposition", "organization", "CIV", "opposition parties",
         ["certain political parties", "the opposition", "it||provided that it respects", "it||invites it",
          "its||its concerns"]),
        ("CEI", "Independent Electoral Commission", "government", "CIV", "electoral commission",
         ["the Independent Electoral Commission", "CEI", "The CEI", "it||said it had received"]),
        ("FCD", "Front for Democratic Change", "organization", "CIV", "opposition party",
         ["The Front for Democratic Change", "FCD", "the party", "We", "the FCD"]),
        ("KOU", "Aminata Kouassi", "person", "CIV", "FCD secretary general",
         ["Its secretary general, Aminata Kouassi", "she"]),
        ("ACT", "detained FCD activists", "group", "CIV", None, ["its detained activists"]),
    ],
    events=[
        E("banned", "COERCE", "banned", "occurred", a=["CIV"], r=["FCD"], mode="restrict",
          ctx=["rights_freedoms"], time=("Sunday", "2025-08-10"), inst="rally-ban"),
        E("rally1", "PROTEST", "rally", "planned", a=["FCD"], r=["CIV"], mode="demo",
          time=("Saturday", "2025-08-16"), loc=("Abidjan's Yopougon district", "Yopougon, Abidjan", "CIV"),
          inst="yopougon-rally"),
        E("gather", "PROTEST", "gather", "planned", a=["OPP"], r=["CIV"], mode="demo",
          time=("August 16", "2025-08-16"), loc=(None, "Yopougon, Abidjan", "CIV"), rb="DEMB",
          inst="yopougon-rally"),
        E("authorisation", "CONCEDE", "authorisation", "negated", a=["CIV"], r=["OPP"],
          ctx=["rights_freedoms"], rb="DEMB"),
        E("gathering", "PROTEST", "gathering", "planned", a=["OPP"], mode="demo",
          time=(None, "2025-08-16"), loc=(None, "Yopougon, Abidjan", "CIV"), rb="DEMB", inst="yopougon-rally"),
        E("warns", "THREATEN", "warns", "occurred", a=["CIV"], r=["OPP"], ctx=["rights_freedoms"], rb="DEMB"),
        E("occupy", "PROTEST", "occupy", "hypothetical", mode="obstruct", rb="DEMB"),
        E("dispersed", "COERCE", "dispersed", "hypothetical", a=["CIV"], rb="DEMB"),
        E("prosecuted", "COERCE", "prosecuted", "hypothetical", a=["CIV"], mode="arrest", ctx=["legal"],
          rb="DEMB"),
        E("open", "AGREE", "open", "occurred", a=["CIV"], r=["OPP"], ctx=["political_institutions"], rb="DEMB"),
        E("dialogue", "CONSULT", "dialogue", "hypothetical", a=["CIV"], r=["OPP"],
          ctx=["political_institutions"], rb="DEMB"),
        E("respects", "OTHER", "respects", "hypothetical", a=["OPP"], rb="DEMB"),
        E("invites", "REQUEST", "invites", "occurred", a=["CIV"], r=["OPP"], ctx=["election"], rb="DEMB"),
        E("submit", "ACCUSE", "submit", "desired", a=["OPP"], r=["CEI"], ctx=["election"], rb="DEMB",
          inst="cei-complaint"),
        E("rally2", "PROTEST", "rally@2", "planned", a=["FCD"], mode="demo", inst="yopougon-rally"),
        E("rejected", "REJECT", "rejected", "occurred", a=["FCD"], r=["CIV"], ctx=["rights_freedoms"]),
        E("ban", "COERCE", "ban", "occurred", a=["CIV"], r=["FCD"], mode="restrict", ctx=["rights_freedoms"],
          inst="rally-ban"),
        E("march", "PROTEST", "march", "hypothetical", a=["FCD"], r=["CIV"], mode="demo", rb="KOU",
          inst="yopougon-rally"),
        E("released", "RETREAT", "released", "hypothetical", a=["CIV"], r=["ACT"], mode="release",
          time=("Friday", "2025-08-15"), rb="KOU"),
        E("detained", "COERCE", "detained", "occurred", a=["CIV"], r=["ACT"], mode="arrest", rb="KOU"),
        E("asked", "REQUEST", "asked", "occurred", a=["FCD"], r=["CIV"], ctx=["rights_freedoms"], rb="KOU"),
        E("complaint", "ACCUSE", "complaint", "negated", a=["FCD"], r=["CEI"], ctx=["election"], rb="CEI",
          inst="cei-complaint"),
    ],
    stances=[
        ("S1", "FCD", "ban", "oppose", "rejected"),
    ],
    conds=[
        ("C1", "provided", "provided that", ["respects"], ["dialogue"], "DEMB"),
        ("C2", "unless", "unless", ["released"], ["march"], "KOU"),
    ],
))

# ---------------------------------------------------------------- 05 Sri Lanka / Maldives trade
DOCS.append(dict(
    id="blind22-05-sri-lanka-maldives-trade-deal",
    title="Sri Lanka, Maldives sign trade pact; Male says no new IMF programme while swap lines hold",
    published="2025-02-20",
    text=(
        "COLOMBO, Feb 20 — Sri Lanka and the Maldives signed a trade agreement in Colombo on Wednesday that will cut tariffs on fish, construction materials and tourism services, and agreed to start talks on a currency swap next month.\n\n"
        "Sri Lankan Trade Minister Nuwan Wijesinghe said the deal would raise bilateral trade to $500 million within three years. \"We have waited a long time for this,\" he said.\n\n"
        "The Maldives has been seeking foreign currency support since its reserves fell below $400 million last year. Maldivian Finance Minister Ahmed Rasheed told reporters in Colombo that Male would not seek a new International Monetary Fund (IMF) programme as long as its partners kept their swap lines open. India extended a $400 million swap to the Maldives in October.\n\n"
        "Rasheed also denied reports that Male had asked Colombo for a payment holiday on imports of Sri Lankan rice and cement.\n\n"
        "Sri Lanka's main business lobby, the Ceylon Chamber of Commerce, welcomed the agreement but said the tariff cuts should not be implemented if Maldivian banks continued to delay dollar payments to Sri Lankan exporters.\n"
    ),
    actors=[
        ("LKA", "Sri Lanka", "government", "LKA", "Sri Lankan government", ["Sri Lanka", "We", "Colombo@3"]),
        ("MDV", "Maldives", "government", "MDV", "Maldivian government",
         ["the Maldives", "The Maldives", "its||its reserves", "Male", "Male@2", "the Maldives@2"]),
        ("WIJ", "Nuwan Wijesinghe", "person", "LKA", "Sri Lankan Trade Minister",
         ["Sri Lankan Trade Minister Nuwan Wijesinghe", "he"]),
        ("RAS", "Ahmed Rasheed", "person", "MDV", "Maldivian Finance Minister",
         ["Maldivian Finance Minister Ahmed Rasheed", "Rasheed@2"]),
        ("IMF", "International Monetary Fund", "igo", None, None, ["International Monetary Fund", "IMF"]),
        ("PAR", "partners of the Maldives", "other", None, None, ["its partners", "their"]),
        ("IND", "India", "government", "IND", "Indian government", ["India"]),
        ("CCC", "Ceylon Chamber of Commerce", "organization", "LKA", "business lobby",
         ["Sri Lanka's main business lobby, the Ceylon Chamber of Commerce"]),
        ("BNK", "Maldivian banks", "organization", "MDV", None, ["Maldivian banks"]),
        ("EXP", "Sri Lankan exporters", "organization", "LKA", None, ["Sri Lankan exporters"]),
    ],
    events=[
        E("signed", "SUPPORT", "signed", "occurred", a=["LKA", "MDV"], ctx=["economic"],
          time=("Wednesday", "2025-02-19"), loc=("Colombo", "Colombo", "LKA"), inst="trade-agreement"),
        E("cut", "COOPERATE", "cut", "planned", a=["LKA", "MDV"], ctx=["economic"],
          inst="tariff-cuts"),
        E("agreed", "AGREE", "agreed", "occurred", a=["LKA", "MDV"], ctx=["economic"]),
        E("talks", "CONSULT", "talks", "planned", a=["LKA", "MDV"], ctx=["economic"],
          time=("next month", "2025-03"), inst="swap-talks"),
        E("deal", "SUPPORT", "deal", "occurred", a=["LKA", "MDV"], ctx=["economic"], rb="WIJ",
          inst="trade-agreement"),
        E("seeking", "REQUEST", "seeking", "ongoing", a=["MDV"], mode="assist", ctx=["economic"]),
        E("support", "AID", "support", "desired", r=["MDV"], ctx=["economic"]),
        E("seek", "REQUEST", "seek", "hypothetical", a=["MDV"], r=["IMF"], mode="assist", ctx=["economic"],
          rb="RAS"),
        E("programme", "AID", "programme", "hypothetical", a=["IMF"], r=["MDV"], ctx=["economic"], rb="RAS"),
        E("kept", "AID", "kept", "hypothetical", a=["PAR"], r=["MDV"], ctx=["economic"], rb="RAS"),
        E("extended", "AID", "extended", "occurred", a=["IND"], r=["MDV"], ctx=["economic"],
          time=("October", "2024-10")),
        E("asked", "REQUEST", "asked", "negated", a=["MDV"], r=["LKA"], mode="assist", ctx=["economic"],
          rb="RAS"),
        E("welcomed", "SUPPORT", "welcomed", "occurred", a=["CCC"], ctx=["economic"]),
        E("agreement2", "SUPPORT", "agreement@2", "occurred", a=["LKA", "MDV"], ctx=["economic"],
          inst="trade-agreement"),
        E("tariffcuts", "COOPERATE", "tariff cuts", "hypothetical", a=["LKA", "MDV"],
          ctx=["economic"], rb="CCC", inst="tariff-cuts"),
        E("delay", "OTHER", "delay", "hypothetical", a=["BNK"], r=["EXP"], rb="CCC"),
    ],
    stances=[
        ("S1", "LKA", "deal", "support", "waited"),
        ("S2", "CCC", "agreement2", "support", "welcomed"),
        ("S3", "CCC", "tariffcuts", "oppose", "should not"),
    ],
    conds=[
        ("C1", "provided", "as long as", ["kept"], ["seek"], "RAS"),
        ("C2", "if", "if", ["delay"], ["tariffcuts"], "CCC"),
    ],
))

# ---------------------------------------------------------------- 06 Philippines / China at sea
DOCS.append(dict(
    id="blind22-06-philippines-china-water-cannon",
    title="Chinese coast guard fires water cannon at Philippine supply boat near Second Thomas Shoal",
    published="2025-04-08",
    text=(
        "MANILA, April 8 — A Chinese coast guard vessel fired a water cannon at a Philippine supply boat near Second Thomas Shoal on Monday, damaging its mast and navigation equipment, the Philippine Coast Guard (PCG) said.\n\n"
        "The boat was carrying food and fuel to marines stationed aboard the BRP Sierra Madre, a grounded navy ship that Manila uses as an outpost in the Spratly Islands. PCG spokesman Commodore Ramon Villaflor said six Chinese coast guard ships had tried to block the mission before the water cannon was used.\n\n"
        "Beijing said its coast guard had \"lawfully expelled\" the boat after it \"illegally intruded\" into Chinese waters. Foreign ministry spokesperson Lin Haojie warned that China would take \"all necessary measures\" if the Philippines tried again to deliver construction materials to the ship.\n\n"
        "The Philippine Department of Foreign Affairs summoned China's ambassador and lodged a protest, the 12th this year. Defence Secretary Arturo Banal said the Philippines would not stop the resupply missions and would ask the United States to escort them if the harassment continued.\n\n"
        "Washington condemned the \"dangerous and unlawful\" action and reaffirmed its commitment under the 1951 Mutual Defense Treaty.\n"
    ),
    actors=[
        ("CCG", "China Coast Guard", "government", "CHN", "Chinese coast guard",
         ["A Chinese coast guard vessel", "six Chinese coast guard ships", "its coast guard"]),
        ("BOAT", "Philippine supply boat", "other", "PHL", None,
         ["a Philippine supply boat", "its||its mast", "The boat", "the boat", "it||after it"]),
        ("PCG", "Philippine Coast Guard", "government", "PHL", "Philippine Coast Guard",
         ["the Philippine Coast Guard", "PCG"]),
        ("PHL", "Philippines", "government", "PHL", "Philippine government",
         ["Manila", "the Philippines", "the Philippines@2"]),
        ("VIL", "Ramon Villaflor", "person", "PHL", "PCG spokesman", ["PCG spokesman Commodore Ramon Villaflor"]),
        ("CHN", "China", "government", "CHN", "Chinese government", ["Beijing", "China"]),
        ("LIN", "Lin Haojie", "person", "CHN", "Chinese foreign ministry spokesperson",
         ["Foreign ministry spokesperson Lin Haojie"]),
        ("DFA", "Philippine Department of Foreign Affairs", "government", "PHL", "Philippine foreign ministry",
         ["The Philippine Department of Foreign Affairs"]),
        ("AMB", "Chinese ambassador to the Philippines", "person", "CHN", "Chinese ambassador",
         ["China's ambassador"]),
        ("BAN", "Arturo Banal", "person", "PHL", "Philippine Defence Secretary", ["Defence Secretary Arturo Banal"]),
        ("USA", "United States", "government", "USA", "US government",
         ["the United States", "Washington", "its||its commitment"]),
    ],
    events=[
        E("fired", "ASSAULT", "fired", "occurred", a=["CCG"], r=["BOAT"], ctx=["territory"],
          time=("Monday", "2025-04-07"), loc=("Second Thomas Shoal", "Second Thomas Shoal", None), rb="PCG",
          inst="shoal-water-cannon"),
        E("block", "COERCE", "block", "occurred", a=["CCG"], r=["BOAT"], ctx=["territory"], rb="VIL"),
        E("used", "ASSAULT", "used", "occurred", a=["CCG"], r=["BOAT"], ctx=["territory"], rb="VIL",
          inst="shoal-water-cannon"),
        E("expelled", "COERCE", "expelled", "occurred", a=["CCG"], r=["BOAT"], ctx=["territory"], rb="CHN",
          inst="shoal-water-cannon"),
        E("warned", "THREATEN", "warned", "occurred", a=["LIN"], r=["PHL"], ctx=["territory"]),
        E("take", "OTHER", "take", "hypothetical", a=["CHN"], r=["PHL"], rb="LIN"),
        E("deliver", "OTHER", "deliver", "hypothetical", a=["PHL"], rb="LIN"),
        E("summoned", "CONSULT", "summoned", "occurred", a=["DFA"], r=["AMB"], ctx=["diplomatic"]),
        E("protest", "ACCUSE", "protest", "occurred", a=["DFA"], r=["CHN"], mode="disapprove",
          ctx=["diplomatic"]),
        E("stop", "CONCEDE", "stop", "negated", a=["PHL"], r=["CHN"], ctx=["territory"], rb="BAN"),
        E("ask", "REQUEST", "ask", "hypothetical", a=["PHL"], r=["USA"], mode="assist", ctx=["military"],
          rb="BAN"),
        E("escort", "AID", "escort", "hypothetical", a=["USA"], r=["PHL"], ctx=["military"], rb="BAN"),
        E("harassment", "COERCE", "harassment", "hypothetical", a=["CCG"], r=["PHL"], ctx=["territory"],
          rb="BAN"),
        E("condemned", "ACCUSE", "condemned", "occurred", a=["USA"], r=["CHN"], mode="disapprove",
          ctx=["diplomatic"]),
        E("action", "ASSAULT", "action", "occurred", a=["CCG"], r=["BOAT"], ctx=["territory"],
          inst="shoal-water-cannon"),
        E("reaffirmed", "AGREE", "reaffirmed", "occurred", a=["USA"], r=["PHL"], ctx=["military"]),
    ],
    stances=[
        ("S1", "USA", "action", "oppose", "condemned"),
    ],
    conds=[
        ("C1", "if", "if||if the Philippines tried", ["deliver"], ["take"], "LIN"),
        ("C2", "if", "if||if the harassment", ["harassment"], ["ask"], "BAN"),
    ],
))

# ---------------------------------------------------------------- 07 Ecuador / Peru border
DOCS.append(dict(
    id="blind22-07-ecuador-peru-border-patrols",
    title="Ecuador and Peru to launch joint border patrols; Lima cool on extraditions",
    published="2025-11-05",
    text=(
        "QUITO, Nov 5 — Ecuador and Peru will deploy joint military patrols along their border from next Monday, Ecuadorian Interior Minister Gabriela Lozada said on Tuesday, after a surge in attacks by gangs smuggling gold and cocaine across the frontier.\n\n"
        "\"Criminal groups do not respect borders, so neither can our response,\" Lozada told reporters in Quito. \"We will hunt them down wherever they hide.\" She said Ecuador had asked Lima to extradite three suspected leaders of the Los Lobos gang who were arrested in Tumbes last month.\n\n"
        "Peru's interior minister, Raul Castaneda, was more cautious. The extradition requests \"will be handled by the courts, not by politicians,\" he said in Lima, adding that Peru would hand over the suspects only if Quito provided full evidence within 60 days.\n\n"
        "Castaneda also rejected a proposal by Ecuadorian lawmakers to let troops from either country pursue suspects across the border. \"Our soldiers will not cross into Ecuador, and we expect the same respect for our territory,\" he said.\n\n"
        "Human Rights Watch criticised the plan, warning that joint operations in 2024 had led to arbitrary detentions. \"Unless there is independent oversight, these patrols risk repeating the abuses of the past,\" said the group's Andean researcher, Lucia Ferrer.\n"
    ),
    actors=[
        ("ECU", "Ecuador", "government", "ECU", "Ecuadorian government",
         ["Ecuador", "their||their border", "our||our response", "We", "Ecuador@2", "Quito@2",
          "troops from either country"]),
        ("PER", "Peru", "government", "PER", "Peruvian government",
         ["Peru", "their||their border", "Lima", "Peru@3", "troops from either country", "Our soldiers",
          "we||we expect", "our||our territory"]),
        ("LOZ", "Gabriela Lozada", "person", "ECU", "Ecuadorian Interior Minister",
         ["Ecuadorian Interior Minister Gabriela Lozada", "Lozada@2", "She"]),
        ("GANG", "gold and cocaine smuggling gangs", "group", None, None,
         ["gangs", "Criminal groups", "them||hunt them down", "they||wherever they hide"]),
        ("LEAD", "suspected Los Lobos leaders", "group", "ECU", None,
         ["three suspected leaders of the Los Lobos gang", "the suspects"]),
        ("CAS", "Raul Castaneda", "person", "PER", "Peruvian Interior Minister",
         ["Peru's interior minister, Raul Castaneda", "he@1", "Castaneda@2", "he@2"]),
        ("LAWM", "Ecuadorian lawmakers", "government", "ECU", "members of Ecuador's National Assembly",
         ["Ecuadorian lawmakers"]),
        ("HRW", "Human Rights Watch", "organization", None, "human rights organisation",
         ["Human Rights Watch"]),
        ("FER", "Lucia Ferrer", "person", None, "Human Rights Watch Andean researcher",
         ["the group's Andean researcher, Lucia Ferrer"]),
    ],
    events=[
        E("deploy", "MOBILIZE", "deploy", "planned", a=["ECU", "PER"], mode="troops", ctx=["military", "crime"],
          time=("next Monday", "2025-11-10"), rb="LOZ", inst="joint-patrols"),
        E("attacks", "ASSAULT", "attacks", "occurred", a=["GANG"], ctx=["crime"]),
        E("hunt", "COERCE", "hunt", "planned", a=["ECU"], r=["GANG"], ctx=["crime"], rb="LOZ"),
        E("asked", "REQUEST", "asked", "occurred", a=["ECU"], r=["PER"], mode="assist", ctx=["legal", "crime"],
          rb="LOZ", inst="extradition-request"),
        E("extradite", "COOPERATE", "extradite", "desired", a=["PER"], r=["ECU"], ctx=["legal", "crime"],
          rb="LOZ", inst="lobos-extradition"),
        E("arrested", "COERCE", "arrested", "occurred", r=["LEAD"], mode="arrest", ctx=["crime"],
          time=("last month", "2025-10"), loc=("Tumbes", "Tumbes", "PER"), rb="LOZ"),
        E("requests", "REQUEST", "requests", "occurred", a=["ECU"], r=["PER"], mode="assist",
          ctx=["legal", "crime"], rb="CAS", inst="extradition-request"),
        E("extradition", "COOPERATE", "extradition", "desired", a=["PER"], r=["ECU"], ctx=["legal", "crime"],
          rb="CAS", inst="lobos-extradition"),
        E("handover", "COOPERATE", "hand over", "hypothetical", a=["PER"], r=["ECU"], ctx=["legal", "crime"],
          rb="CAS", inst="lobos-extradition"),
        E("provided", "COOPERATE", "provided", "hypothetical", a=["ECU"], r=["PER"], ctx=["legal", "crime"],
          time=("within 60 days", None), rb="CAS"),
        E("rejected", "REJECT", "rejected", "occurred", a=["CAS"], r=["LAWM"], ctx=["military"]),
        E("proposal", "AGREE", "proposal", "occurred", a=["LAWM"], r=["PER"], ctx=["military"]),
        E("pursue", "MOBILIZE", "pursue", "desired", a=["ECU", "PER"], mode="troops",
          ctx=["military", "crime"]),
        E("cross", "MOBILIZE", "cross", "negated", a=["PER"], r=["ECU"], mode="troops",
          ctx=["military", "territory"], loc=("Ecuador@3", "Ecuador", "ECU"), rb="CAS"),
        E("criticised", "ACCUSE", "criticised", "occurred", a=["HRW"], r=["ECU", "PER"], mode="disapprove",
          ctx=["human_rights"]),
        E("plan", "MOBILIZE", "plan", "planned", a=["ECU", "PER"], mode="troops", ctx=["military"],
          inst="joint-patrols"),
        E("operations", "MOBILIZE", "operations", "occurred", a=["ECU", "PER"], ctx=["military"],
          time=("2024", "2024"), rb="HRW"),
        E("detentions", "COERCE", "detentions", "occurred", mode="arrest", ctx=["human_rights"], rb="HRW"),
        E("oversight", "OTHER", "oversight", "hypothetical", rb="FER"),
        E("patrols", "MOBILIZE", "patrols@2", "planned", a=["ECU", "PER"], mode="troops", ctx=["military"],
          rb="FER", inst="joint-patrols"),
        E("repeating", "COERCE", "repeating", "hypothetical", a=["ECU", "PER"], ctx=["human_rights"],
          rb="FER"),
    ],
    stances=[
        ("S1", "CAS", "proposal", "oppose", "rejected"),
        ("S2", "PER", ("span", "the same respect for our territory"), "support", "expect"),
        ("S3", "HRW", "plan", "oppose", "criticised"),
    ],
    conds=[
        ("C1", "only_if", "only if", ["provided"], ["handover"], "CAS"),
        ("C2", "unless", "Unless", ["oversight"], ["repeating"], "FER"),
    ],
))

# ---------------------------------------------------------------- 08 Canada federal-provincial
DOCS.append(dict(
    id="blind22-08-alberta-premier-interview",
    title="Interview: Alberta premier says province will go to court over emissions cap",
    published="2025-10-14",
    text=(
        "The following is an edited excerpt of an interview with Alberta Premier Dana Holloway, conducted on Monday in Edmonton, a day before she meets Prime Minister Marc Tremblay-Weir in Ottawa.\n\n"
        "Q: Ottawa says the oil and gas emissions cap is not up for negotiation. What do you expect from tomorrow's meeting?\n\n"
        "A: I expect the prime minister to listen. We reject this cap outright. If the federal government drops the cap, we are ready to fast-track carbon capture projects with industry the very next day.\n\n"
        "Q: And if it doesn't?\n\n"
        "A: Then we will go to court. We have already prepared a challenge to the Supreme Court of Canada, and Saskatchewan has told us it would join it.\n\n"
        "Q: Critics, including the Alberta NDP, accuse you of using the dispute to distract from hospital wait times.\n\n"
        "A: The NDP opposed every pipeline this province ever built. I welcome the prime minister's offer to discuss a new Pacific pipeline, but I will not trade our jurisdiction for a promise.\n"
    ),
    actors=[
        ("HOL", "Dana Holloway", "person", "CAN", "Premier of Alberta",
         ["Alberta Premier Dana Holloway", "she", "you@1", "I@1", "you@2", "I@2", "I@3"]),
        ("PM", "Marc Tremblay-Weir", "person", "CAN", "Prime Minister of Canada",
         ["Prime Minister Marc Tremblay-Weir", "the prime minister", "the prime minister@2"]),
        ("FED", "Government of Canada", "government", "CAN", "federal government",
         ["Ottawa@2", "the federal government", "it||if it doesn't"]),
        ("AB", "Alberta", "government", "CAN", "Government of Alberta",
         ["We@1", "we@1", "we@2", "We@2", "us", "this province", "our"]),
        ("INDU", "oil and gas industry", "organization", "CAN", None, ["industry"]),
        ("SC", "Supreme Court of Canada", "government", "CAN", "Supreme Court of Canada",
         ["the Supreme Court of Canada"]),
        ("SK", "Saskatchewan", "government", "CAN", "Government of Saskatchewan",
         ["Saskatchewan", "it||it would join"]),
        ("NDP", "Alberta New Democratic Party", "organization", "CAN", "opposition party",
         ["the Alberta NDP", "The NDP"]),
    ],
    events=[
        E("meets", "CONSULT", "meets", "planned", a=["HOL"], r=["PM"], ctx=["environment"],
          time=(None, "2025-10-14"), loc=("Ottawa", "Ottawa", "CAN"), inst="holloway-pm-meeting"),
        E("negotiation", "CONSULT", "negotiation", "negated", a=["FED"], r=["AB"], ctx=["environment"],
          rb="FED"),
        E("meeting", "CONSULT", "meeting", "planned", a=["HOL"], r=["PM"], ctx=["environment"],
          time=("tomorrow", "2025-10-14"), loc=(None, "Ottawa", "CAN"), inst="holloway-pm-meeting"),
        E("reject", "REJECT", "reject", "occurred", a=["AB"], r=["FED"], ctx=["environment"], rb="HOL"),
        E("drops", "CONCEDE", "drops", "hypothetical", a=["FED"], r=["AB"], ctx=["environment"], rb="HOL"),
        E("ready", "AGREE", "ready", "occurred", a=["AB"], r=["INDU"], ctx=["environment"], rb="HOL"),
        E("fasttrack", "COOPERATE", "fast-track", "hypothetical", a=["AB"], r=["INDU"],
          ctx=["environment", "economic"], rb="HOL"),
        E("court", "ACCUSE", "go to court", "hypothetical", a=["AB"], r=["FED"], ctx=["legal"], rb="HOL",
          inst="cap-court-challenge"),
        E("challenge", "ACCUSE", "challenge", "planned", a=["AB"], r=["FED"], ctx=["legal"], rb="HOL",
          inst="cap-court-challenge"),
        E("join", "ACCUSE", "join", "planned", a=["SK"], r=["FED"], ctx=["legal"], rb="HOL",
          inst="cap-court-challenge"),
        E("accuse", "ACCUSE", "accuse", "occurred", a=["NDP"], r=["HOL"], mode="allege"),
        E("welcome", "SUPPORT", "welcome", "occurred", a=["HOL"], r=["PM"], ctx=["economic"]),
        E("offer", "AGREE", "offer", "occurred", a=["PM"], r=["HOL"], ctx=["economic"], rb="HOL"),
        E("discuss", "CONSULT", "discuss", "desired", a=["PM"], r=["HOL"], ctx=["economic"], rb="HOL"),
        E("trade", "CONCEDE", "trade", "negated", a=["HOL"], r=["FED"], rb="HOL"),
        E("promise", "AGREE", "promise", "hypothetical", rb="HOL"),
    ],
    stances=[
        ("S1", "HOL", ("span", "listen"), "support", "expect||I expect"),
        ("S2", "AB", ("span", "this cap"), "oppose", "reject"),
        ("S3", "NDP", ("span", "every pipeline this province ever built"), "oppose", "opposed"),
        ("S4", "HOL", "offer", "support", "welcome"),
    ],
    conds=[
        ("C1", "if", "If||If the federal", ["drops"], ["fasttrack"], "HOL"),
        ("C2", "if", "if||And if it doesn't", ["drops"], ["court"], "HOL"),
    ],
))

# ---------------------------------------------------------------- 09 Czech Republic / Austria analysis
DOCS.append(dict(
    id="blind22-09-czech-austria-nuclear-analysis",
    title="Analysis: Vienna and Prague drift apart over nuclear power",
    published="2025-07-02",
    text=(
        "PRAGUE, July 2 — For three decades, Czech nuclear power has been the one issue that reliably sours relations between Prague and Vienna. The dispute is sharpening again.\n\n"
        "Austria last month asked the European Court of Justice to annul the European Commission's approval of state aid for two new reactors at Dukovany, arguing that Brussels had ignored cheaper renewable alternatives. The Czech government, which signed the construction contract with Korea Hydro & Nuclear Power (KHNP) in June, calls the lawsuit an attack on its energy sovereignty.\n\n"
        "Neither side appears ready to compromise. Czech Industry Minister Tomas Vrba has said Prague will not discuss the project's timetable with Austrian officials, although he has offered Vienna access to the plant's safety reviews. His Austrian counterpart, Climate Minister Eva Brandstetter, has said Austria would drop the case only if the Czech side accepted an independent cross-border environmental assessment.\n\n"
        "The stakes go beyond energy. Vienna needs Prague's support for its push to tighten EU rules on transit trucks, and Czech diplomats privately warn that the votes might not come. If the court rules against the Commission, analysts expect Prague to lobby hard for a change to the state-aid rules themselves.\n"
    ),
    actors=[
        ("CZE", "Czech Republic", "government", "CZE", "Czech government",
         ["Prague", "The Czech government", "its||its energy sovereignty", "Neither side", "Prague@2",
          "the Czech side", "Prague@3", "Czech diplomats", "Prague@4"]),
        ("AUT", "Austria", "government", "AUT", "Austrian government",
         ["Vienna", "Austria", "Neither side", "Austrian officials", "Vienna@2", "Austria@2", "Vienna@3",
          "its||its push"]),
        ("ECJ", "European Court of Justice", "igo", None, None, ["the European Court of Justice", "the court"]),
        ("COM", "European Commission", "igo", None, None, ["the European Commission", "Brussels", "the Commission"]),
        ("KHNP", "Korea Hydro & Nuclear Power", "organization", "KOR", "nuclear power company",
         ["Korea Hydro & Nuclear Power", "KHNP"]),
        ("VRBA", "Tomas Vrba", "person", "CZE", "Czech Industry Minister",
         ["Czech Industry Minister Tomas Vrba", "he"]),
        ("BRA", "Eva Brandstetter", "person", "AUT", "Austrian Climate Minister",
         ["His Austrian counterpart, Climate Minister Eva Brandstetter"]),
    ],
    events=[
        E("asked", "ACCUSE", "asked", "occurred", a=["AUT"], r=["COM"], ctx=["legal", "environment"],
          time=("last month", "2025-06"), inst="austria-lawsuit"),
        E("annul", "ACCUSE", "annul", "desired", a=["ECJ"], r=["COM"], ctx=["legal"], inst="ecj-ruling"),
        E("approval", "SUPPORT", "approval", "occurred", a=["COM"], r=["CZE"], ctx=["economic"]),
        E("signed", "SUPPORT", "signed", "occurred", a=["CZE"], r=["KHNP"], ctx=["economic"],
          time=("June", "2025-06")),
        E("calls", "ACCUSE", "calls", "occurred", a=["CZE"], r=["AUT"], mode="disapprove"),
        E("lawsuit", "ACCUSE", "lawsuit", "occurred", a=["AUT"], r=["COM"], ctx=["legal"],
          inst="austria-lawsuit"),
        E("compromise", "CONCEDE", "compromise", "negated", a=["CZE", "AUT"]),
        E("discuss", "CONSULT", "discuss", "negated", a=["CZE"], r=["AUT"], ctx=["diplomatic"], rb="VRBA"),
        E("offered", "AGREE", "offered", "occurred", a=["VRBA"], r=["AUT"], ctx=["environment"]),
        E("access", "COOPERATE", "access", "desired", a=["CZE"], r=["AUT"], ctx=["environment"]),
        E("drop", "CONCEDE", "drop", "hypothetical", a=["AUT"], ctx=["legal"], rb="BRA"),
        E("case", "ACCUSE", "case", "occurred", a=["AUT"], r=["COM"], ctx=["legal"], rb="BRA",
          inst="austria-lawsuit"),
        E("accepted", "AGREE", "accepted", "hypothetical", a=["CZE"], r=["AUT"], ctx=["environment"], rb="BRA"),
        E("assessment", "ACCUSE", "assessment", "hypothetical", r=["CZE"], mode="investigate",
          ctx=["environment"], rb="BRA"),
        E("support", "SUPPORT", "support", "desired", a=["CZE"], r=["AUT"], ctx=["diplomatic"],
          inst="czech-votes"),
        E("push", "REQUEST", "push", "ongoing", a=["AUT"], mode="change", ctx=["economic"]),
        E("warn", "THREATEN", "warn", "occurred", a=["CZE"], r=["AUT"], ctx=["diplomatic"]),
        E("votes", "SUPPORT", "votes", "hypothetical", a=["CZE"], r=["AUT"], ctx=["diplomatic"], rb="CZE",
          inst="czech-votes"),
        E("rules", "ACCUSE", "rules against", "hypothetical", a=["ECJ"], r=["COM"], ctx=["legal"],
          inst="ecj-ruling"),
        E("lobby", "REQUEST", "lobby", "hypothetical", a=["CZE"], mode="change", ctx=["economic"]),
    ],
    stances=[
        ("S1", "CZE", "lawsuit", "oppose", "attack"),
        ("S2", "AUT", "support", "support", "needs"),
    ],
    conds=[
        ("C1", "only_if", "only if", ["accepted", "assessment"], ["drop"], "BRA"),
        ("C2", "if", "If", ["rules"], ["lobby"], None),
    ],
))

# ---------------------------------------------------------------- 10 ECOWAS summit
DOCS.append(dict(
    id="blind22-10-ecowas-abuja-summit",
    title="ECOWAS leaders agree standby force, lift Guinea sanctions at Abuja summit",
    published="2025-12-15",
    text=(
        "ABUJA, Dec 15 — West African leaders meeting in Abuja on Sunday agreed to deploy a 5,000-strong regional standby force against jihadist groups by mid-2026 and urged the military governments of Mali, Burkina Faso and Niger to resume cooperation on border security.\n\n"
        "The Economic Community of West African States (ECOWAS) also lifted the remaining sanctions on Guinea, citing progress in its transition to civilian rule, but warned that it would suspend the country again if the junta postponed the presidential election scheduled for next year.\n\n"
        "ECOWAS Commission President Adama Sissoko said member states had pledged $1.2 billion for the force, though only Nigeria and Ghana had so far paid their share. \"We cannot fight terrorism with promises,\" he told a closing news conference.\n\n"
        "The three Sahel states, which left the bloc in January to form the Alliance of Sahel States (AES), did not send delegations. In a statement on Saturday, the AES said it was open to \"pragmatic cooperation\" with ECOWAS but rejected any return to the bloc.\n\n"
        "Senegalese President Ibrahima Ndour, who has acted as a mediator with the AES, welcomed the outcome and said he would travel to Bamako next week.\n"
    ),
    actors=[
        ("LDR", "ECOWAS leaders", "igo", None, "ECOWAS heads of state and government", ["West African leaders"]),
        ("JIH", "jihadist groups", "group", None, None, ["jihadist groups"]),
        ("ML", "Mali", "government", "MLI", "Malian military government",
         ["the military governments of Mali, Burkina Faso and Niger", "The three Sahel states"]),
        ("BF", "Burkina Faso", "government", "BFA", "Burkinabe military government",
         ["the military governments of Mali, Burkina Faso and Niger", "The three Sahel states"]),
        ("NE", "Niger", "government", "NER", "Nigerien military government",
         ["the military governments of Mali, Burkina Faso and Niger", "The three Sahel states"]),
        ("ECO", "Economic Community of West African States", "igo", None, None,
         ["The Economic Community of West African States", "ECOWAS@1", "it||that it would suspend",
          "member states", "We", "the bloc", "ECOWAS@3", "the bloc@2"]),
        ("GIN", "Guinea", "government", "GIN", "Guinean military government",
         ["Guinea", "its", "the country", "the junta"]),
        ("SIS", "Adama Sissoko", "person", None, "President of the ECOWAS Commission",
         ["ECOWAS Commission President Adama Sissoko", "he@1"]),
        ("NGA", "Nigeria", "government", "NGA", "Nigerian government", ["Nigeria", "their"]),
        ("GHA", "Ghana", "government", "GHA", "Ghanaian government", ["Ghana", "their"]),
        ("AES", "Alliance of Sahel States", "igo", None, None,
         ["the Alliance of Sahel States", "AES", "the AES", "it||it was open", "the AES@2"]),
        ("NDR", "Ibrahima Ndour", "person", "SEN", "President of Senegal",
         ["Senegalese President Ibrahima Ndour", "he@2"]),
    ],
    events=[
        E("meeting", "CONSULT", "meeting", "occurred", a=["LDR"], mode="multilateral", ctx=["diplomatic"],
          time=("Sunday", "2025-12-14"), loc=("Abuja", "Abuja", "NGA"), inst="abuja-summit"),
        E("agreed", "AGREE", "agreed", "occurred", a=["LDR"], ctx=["military"]),
        E("deploy", "MOBILIZE", "deploy", "planned", a=["LDR"], r=["JIH"], mode="troops",
          ctx=["military", "terrorism"], time=("mid-2026", "2026"), inst="standby-force"),
        E("urged", "REQUEST", "urged", "occurred", a=["LDR"], r=["ML", "BF", "NE"], ctx=["military"]),
        E("cooperation1", "COOPERATE", "cooperation", "desired", a=["ML", "BF", "NE"], r=["ECO"],
          ctx=["military"]),
        E("lifted", "CONCEDE", "lifted", "occurred", a=["ECO"], r=["GIN"], ctx=["pro_democracy"]),
        E("warned", "THREATEN", "warned", "occurred", a=["ECO"], r=["GIN"], ctx=["election"]),
        E("suspend", "SANCTION", "suspend", "hypothetical", a=["ECO"], r=["GIN"], ctx=["election"]),
        E("postponed", "OTHER", "postponed", "hypothetical", a=["GIN"], ctx=["election"]),
        E("pledged", "AGREE", "pledged", "occurred", a=["ECO"], ctx=["military"], rb="SIS"),
        E("paid", "AID", "paid", "occurred", a=["NGA", "GHA"], r=["ECO"], ctx=["military"], rb="SIS"),
        E("left", "SANCTION", "left", "occurred", a=["ML", "BF", "NE"], r=["ECO"], mode="withdraw",
          ctx=["diplomatic"], time=("January", "2025-01")),
        E("form", "SUPPORT", "form", "occurred", a=["ML", "BF", "NE"], ctx=["diplomatic"]),
        E("send", "CONSULT", "send delegations", "negated", a=["ML", "BF", "NE"], r=["LDR"], mode="multilateral",
          ctx=["diplomatic"], loc=(None, "Abuja", "NGA"), inst="abuja-summit"),
        E("open", "AGREE", "open", "occurred", a=["AES"], r=["ECO"], ctx=["diplomatic"],
          time=("Saturday", "2025-12-13"), rb="AES"),
        E("cooperation2", "COOPERATE", "cooperation@2", "desired", a=["AES"], r=["ECO"], ctx=["diplomatic"],
          rb="AES"),
        E("rejected", "REJECT", "rejected", "occurred", a=["AES"], r=["ECO"], ctx=["diplomatic"]),
        E("return", "SUPPORT", "return", "negated", a=["ML", "BF", "NE"], r=["ECO"], ctx=["diplomatic"],
          rb="AES"),
        E("mediator", "CONSULT", "mediator", "occurred", a=["NDR"], r=["AES"], mode="third-party",
          ctx=["diplomatic"]),
        E("welcomed", "SUPPORT", "welcomed", "occurred", a=["NDR"], ctx=["diplomatic"]),
        E("travel", "CONSULT", "travel", "planned", a=["NDR"], r=["ML"], mode="visit", ctx=["diplomatic"],
          time=("next week", None), loc=("Bamako", "Bamako", "MLI"), rb="NDR"),
    ],
    stances=[
        ("S1", "AES", "return", "oppose", "rejected"),
        ("S2", "NDR", ("span", "the outcome"), "support", "welcomed"),
    ],
    conds=[
        ("C1", "if", "if", ["postponed"], ["suspend"], "ECO"),
    ],
))
