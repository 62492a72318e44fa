"""blind21: ten blind gold passages, written and annotated by hand (blind-annotator-21).

Span specs are resolved by tests/data/gold_builder.py: "words" = first word-bounded occurrence,
"words@n" = n-th occurrence, "words||context" = "words" inside the first occurrence of "context".
"""

from gold_builder import E  # the event helper every set shares

DOCS: list[dict] = []


# ---------------------------------------------------------------------------------------------
# 01 United Kingdom and Ireland: diplomatic meeting story
DOCS.append(dict(
    id="blind21-01-legacy-talks-hillsborough",
    title="London and Dublin agree to restart legacy negotiations after Hillsborough meeting",
    published="2025-03-14",
    text=(
        "BELFAST — Britain and Ireland agreed on Thursday to restart formal negotiations on the "
        "legacy of the Troubles, after a two-hour meeting between Northern Ireland Secretary Helen "
        "Crawley and Ireland's deputy prime minister, Declan Fahy, at Hillsborough Castle.\n\n"
        "Officials from both governments will meet in Dublin next month to start work on a new "
        "information-recovery body, Crawley told reporters afterwards. She said she wanted families "
        "\"to see movement before the summer\".\n\n"
        "Fahy said the Irish government would withdraw its case against the United Kingdom at the "
        "European Court of Human Rights (ECHR) only if London repealed the sections of its 2023 "
        "legacy law that offer conditional immunity to former soldiers.\n\n"
        "\"We are not asking for favours. We are asking for the law to be fixed,\" he said. \"If that "
        "happens, we drop the case the next day.\"\n\n"
        "The Democratic Unionist Party (DUP) criticised the meeting, saying Dublin had no business in "
        "what it called an internal UK matter. Its legacy spokesman, Ivan Lennox, threatened a "
        "boycott of any body that \"treats veterans and terrorists alike\".\n\n"
        "The Truth and Justice Families Forum welcomed the agreement and urged both governments to "
        "meet the group before the Dublin round.\n"
    ),
    actors=[
        ("uk", "United Kingdom", "government", "GBR", "British government",
         ["Britain", "Officials from both governments", "the United Kingdom", "London",
          "its||its 2023 legacy law", "both governments@2"]),
        ("ie", "Ireland", "government", "IRL", "Irish government",
         ["Ireland", "Officials from both governments", "the Irish government", "its||its case",
          "We@1", "We@2", "we||we drop", "Dublin@2", "both governments@2"]),
        ("crawley", "Helen Crawley", "person", "GBR", "Northern Ireland Secretary",
         ["Northern Ireland Secretary Helen Crawley", "Crawley@2", "She", "she||she wanted"]),
        ("fahy", "Declan Fahy", "person", "IRL", "Tánaiste (Irish deputy prime minister)",
         ["Ireland's deputy prime minister, Declan Fahy", "Fahy@2", "he||he said"]),
        ("dup", "Democratic Unionist Party", "organization", "GBR", None,
         ["The Democratic Unionist Party", "DUP", "it||it called"]),
        ("lennox", "Ivan Lennox", "person", "GBR", "DUP legacy spokesman",
         ["Its legacy spokesman, Ivan Lennox"]),
        ("forum", "Truth and Justice Families Forum", "organization", "GBR", "victims' group",
         ["The Truth and Justice Families Forum", "the group"]),
    ],
    events=[
        E("agreed", "AGREE", "agreed", "occurred", a=["uk", "ie"], ctx=["diplomatic"],
          time=("Thursday", "2025-03-13"), inst="legacy-restart-deal"),
        E("negs", "CONSULT", "negotiations", "planned", a=["uk", "ie"], ctx=["diplomatic"],
          inst="legacy-negotiations"),
        E("meeting1", "CONSULT", "meeting", "occurred", a=["crawley", "fahy"], ctx=["diplomatic"],
          loc=("Hillsborough Castle", "Hillsborough Castle", "GBR"), inst="hillsborough-meeting"),
        E("meet1", "CONSULT", "meet", "planned", a=["uk", "ie"], ctx=["diplomatic"],
          time=("next month", "2025-04"), loc=("Dublin", "Dublin", "IRL"), rb="crawley",
          inst="dublin-round"),
        E("withdraw", "CONCEDE", "withdraw", "hypothetical", a=["ie"], r=["uk"], ctx=["legal"],
          rb="fahy", inst="echr-case-withdrawal"),
        E("case1", "ACCUSE", "case", "ongoing", a=["ie"], r=["uk"], mode="allege",
          ctx=["legal", "human_rights"], rb="fahy", inst="echr-case"),
        E("repealed", "CONCEDE", "repealed", "hypothetical", a=["uk"], ctx=["legislative"],
          rb="fahy", inst="legacy-law-repeal"),
        E("asking1", "REQUEST", "asking@1", "negated", a=["ie"], r=["uk"], rb="fahy",
          inst="favours-request"),
        E("asking2", "REQUEST", "asking@2", "ongoing", a=["ie"], r=["uk"], mode="change",
          ctx=["legislative"], rb="fahy", inst="repeal-request"),
        E("fixed", "CONCEDE", "fixed", "desired", a=["uk"], ctx=["legislative"], rb="fahy",
          inst="legacy-law-repeal"),
        E("drop", "CONCEDE", "drop", "hypothetical", a=["ie"], r=["uk"], ctx=["legal"], rb="fahy",
          inst="echr-case-withdrawal"),
        E("case2", "ACCUSE", "case@2", "ongoing", a=["ie"], r=["uk"], mode="allege",
          ctx=["legal", "human_rights"], rb="fahy", inst="echr-case"),
        E("criticised", "ACCUSE", "criticised", "occurred", a=["dup"], r=["crawley", "fahy"],
          mode="disapprove", inst="dup-criticism"),
        E("meeting2", "CONSULT", "meeting@2", "occurred", a=["crawley", "fahy"], ctx=["diplomatic"],
          loc=(None, "Hillsborough Castle", "GBR"), inst="hillsborough-meeting"),
        E("threatened", "THREATEN", "threatened", "occurred", a=["lennox"], mode="restrict",
          inst="dup-boycott-threat"),
        E("boycott", "PROTEST", "boycott", "hypothetical", a=["dup"], mode="boycott", rb="lennox",
          inst="dup-boycott"),
        E("welcomed", "SUPPORT", "welcomed", "occurred", a=["forum"], r=["uk", "ie"],
          inst="forum-welcome"),
        E("agreement", "AGREE", "agreement", "occurred", a=["uk", "ie"], ctx=["diplomatic"],
          inst="legacy-restart-deal"),
        E("urged", "REQUEST", "urged", "occurred", a=["forum"], r=["uk", "ie"], mode="meet",
          inst="forum-request"),
        E("meet2", "CONSULT", "meet@2", "desired", a=["uk", "ie"], r=["forum"], rb="forum",
          inst="forum-meeting"),
        E("round", "CONSULT", "round", "planned", a=["uk", "ie"], ctx=["diplomatic"],
          time=(None, "2025-04"), loc=("Dublin||the Dublin round", "Dublin", "IRL"),
          inst="dublin-round"),
    ],
    stances=[
        ("S1", "crawley", ("span", "movement before the summer"), "support", "wanted"),
        ("S2", "dup", "meeting2", "oppose", "criticised"),
        ("S3", "forum", "agreement", "support", "welcomed"),
    ],
    conds=[
        ("C1", "only_if", "only if", ["repealed"], ["withdraw"], "fahy"),
        ("C2", "if", "If", ["fixed"], ["drop"], "fahy"),
    ],
))


# ---------------------------------------------------------------------------------------------
# 02 Spain and Portugal: trade / economy-policy story
DOCS.append(dict(
    id="blind21-02-tagus-water-row",
    title="Portugal threatens to freeze power deal with Spain over Tagus water cuts",
    published="2025-06-05",
    text=(
        "MADRID/LISBON — Portugal on Wednesday accused Spain of breaching the Albufeira Convention by "
        "cutting water releases on the Tagus, and warned it would freeze a planned electricity "
        "interconnection deal unless Madrid restored the agreed flows within 30 days.\n\n"
        "Portuguese Environment Minister Rui Almada said reservoirs in the Alentejo were at their "
        "lowest level in a decade. \"Our farmers cannot wait for the rain. We want the water that the "
        "treaty promises us, nothing more,\" he told the state news agency Lusa.\n\n"
        "Spain's Ministry for the Ecological Transition denied any breach, saying the 1998 treaty "
        "allowed reduced releases in drought years. A ministry spokeswoman, Lucía Berrocal, said "
        "Madrid was ready to share hydrological data with Lisbon, and the ministry proposed a "
        "technical meeting in Badajoz next week.\n\n"
        "The row comes weeks before a bilateral summit in Porto on July 10, where the two prime "
        "ministers are expected to sign a €4 billion agreement on green hydrogen pipelines. Business "
        "federations on both sides of the border backed the pipeline deal and urged the two "
        "governments to keep the water dispute separate.\n\n"
        "Portugal's main opposition party, the Socialist Party (PS), said the government should file "
        "a complaint with the European Commission if Spain ignored the deadline.\n"
    ),
    actors=[
        ("prt", "Portugal", "government", "PRT", "Portuguese government",
         ["Portugal", "it||it would freeze", "Our", "We||We want", "us||promises us", "Lisbon",
          "the two prime ministers", "the two governments", "the government"]),
        ("esp", "Spain", "government", "ESP", "Spanish government",
         ["Spain", "Madrid", "Madrid@2", "the two prime ministers", "the two governments",
          "Spain@3"]),
        ("almada", "Rui Almada", "person", "PRT", "Portuguese Environment Minister",
         ["Portuguese Environment Minister Rui Almada", "he||he told"]),
        ("lusa", "Lusa", "media", "PRT", "Portuguese state news agency",
         ["the state news agency Lusa"]),
        ("ministry", "Spanish Ministry for the Ecological Transition", "government", "ESP",
         "Spanish environment ministry",
         ["Spain's Ministry for the Ecological Transition", "the ministry"]),
        ("berrocal", "Lucía Berrocal", "person", "ESP", "spokeswoman, Spanish Ministry for the "
         "Ecological Transition", ["A ministry spokeswoman, Lucía Berrocal"]),
        ("business", "Iberian business federations", "organization", None, None,
         ["Business federations on both sides of the border"]),
        ("ps", "Socialist Party (Portugal)", "organization", "PRT", "main opposition party",
         ["Portugal's main opposition party, the Socialist Party", "PS"]),
        ("ec", "European Commission", "igo", None, None, ["the European Commission"]),
    ],
    events=[
        E("accused", "ACCUSE", "accused", "occurred", a=["prt"], r=["esp"], mode="allege",
          ctx=["natural_resource"], time=("Wednesday", "2025-06-04"), inst="tagus-accusation"),
        E("breaching", "REJECT", "breaching", "occurred", a=["esp"], r=["prt"],
          ctx=["natural_resource"], rb="prt", inst="tagus-breach"),
        E("cutting", "COERCE", "cutting", "occurred", a=["esp"], r=["prt"], mode="withhold",
          ctx=["natural_resource"], loc=("Tagus", "Tagus river", "ESP"), rb="prt",
          inst="tagus-cuts"),
        E("warned", "THREATEN", "warned", "occurred", a=["prt"], r=["esp"], ctx=["economic"],
          time=(None, "2025-06-04"), inst="freeze-threat"),
        E("freeze", "SANCTION", "freeze", "hypothetical", a=["prt"], r=["esp"], mode="discontinue",
          ctx=["economic"], rb="prt", inst="interconnection-freeze"),
        E("deal1", "SUPPORT", "deal", "planned", a=["prt", "esp"], ctx=["economic"], rb="prt",
          inst="interconnection-deal"),
        E("restored", "RETREAT", "restored", "hypothetical", a=["esp"], r=["prt"],
          ctx=["natural_resource"], time=("within 30 days", None), rb="prt",
          inst="tagus-flows-restored"),
        E("breach", "REJECT", "breach", "negated", a=["esp"], r=["prt"], ctx=["natural_resource"],
          rb="ministry", inst="tagus-breach"),
        E("ready", "AGREE", "ready", "occurred", a=["esp"], r=["prt"], rb="berrocal",
          inst="data-offer"),
        E("share", "COOPERATE", "share", "desired", a=["esp"], r=["prt"],
          ctx=["natural_resource"], rb="berrocal", inst="data-sharing"),
        E("proposed", "AGREE", "proposed", "occurred", a=["ministry"], r=["prt"],
          inst="badajoz-proposal"),
        E("meeting", "CONSULT", "meeting", "desired", a=["esp", "prt"], ctx=["natural_resource"],
          time=("next week", "2025-06"), loc=("Badajoz", "Badajoz", "ESP"), rb="ministry",
          inst="badajoz-meeting"),
        E("summit", "CONSULT", "summit", "planned", a=["prt", "esp"], ctx=["diplomatic"],
          time=("July 10", "2025-07-10"), loc=("Porto", "Porto", "PRT"), inst="porto-summit"),
        E("sign", "SUPPORT", "sign", "planned", a=["prt", "esp"], ctx=["economic"],
          time=(None, "2025-07-10"), loc=(None, "Porto", "PRT"), inst="hydrogen-deal"),
        E("backed", "SUPPORT", "backed", "occurred", a=["business"], r=["prt", "esp"],
          ctx=["economic"], inst="business-backing"),
        E("deal2", "SUPPORT", "deal@2", "planned", a=["prt", "esp"], ctx=["economic"],
          inst="hydrogen-deal"),
        E("urged", "REQUEST", "urged", "occurred", a=["business"], r=["prt", "esp"],
          inst="business-appeal"),
        E("complaint", "ACCUSE", "complaint", "hypothetical", a=["prt"], r=["esp"], ctx=["legal"],
          rb="ps", inst="commission-complaint"),
        E("ignored", "REJECT", "ignored", "hypothetical", a=["esp"], r=["prt"], rb="ps",
          inst="deadline-ignored"),
    ],
    stances=[
        ("S1", "prt", ("span", "the water that the treaty promises us"), "support", "want"),
        ("S2", "business", "deal2", "support", "backed"),
        ("S3", "ps", "complaint", "support", "should"),
    ],
    conds=[
        ("C1", "unless", "unless", ["restored"], ["freeze"], "prt"),
        ("C2", "if", "if", ["ignored"], ["complaint"], "ps"),
    ],
))


# ---------------------------------------------------------------------------------------------
# 03 Egypt and Libya: conflict / security story
DOCS.append(dict(
    id="blind21-03-salloum-border-attack",
    title="Egypt sends troops to Libyan border after deadly militia raid",
    published="2025-09-22",
    text=(
        "CAIRO — Egypt has deployed troops and armoured units to its western border after gunmen from "
        "a Libyan militia attacked a border post near Salloum on Saturday, killing three Egyptian "
        "soldiers, the military said on Sunday.\n\n"
        "Military spokesman Colonel Tarek Mansour said the attackers belonged to the Kufra Shield "
        "Brigade, an armed group that controls smuggling routes in south-eastern Libya. Egyptian "
        "aircraft struck one of the group's convoys near Jaghbub hours later, destroying four "
        "vehicles, he said.\n\n"
        "Libya's Government of National Unity (GNU) condemned the raid on the border post but also "
        "criticised the air strike, calling it \"a violation of Libyan sovereignty\". Its foreign "
        "minister, Salem Ghariani, said Tripoli had opened an investigation and would hand over any "
        "suspects to Cairo provided that Egypt halted further strikes.\n\n"
        "The militia denied involvement. In a statement posted online, it warned that its fighters "
        "would retaliate against Egyptian forces if the bombing continued.\n\n"
        "The African Union (AU) called on Cairo and Tripoli to show restraint and offered to mediate "
        "between the two governments.\n"
    ),
    actors=[
        ("egy", "Egypt", "government", "EGY", "Egyptian government",
         ["Egypt", "its||its western border", "Cairo", "Egypt@2", "Cairo@2",
          "the two governments"]),
        ("eaf", "Egyptian Armed Forces", "government", "EGY", "Egyptian military",
         ["three Egyptian soldiers", "the military", "Egyptian aircraft", "Egyptian forces"]),
        ("mansour", "Tarek Mansour", "person", "EGY", "Egyptian military spokesman",
         ["Military spokesman Colonel Tarek Mansour", "he||he said"]),
        ("militia", "Kufra Shield Brigade", "group", "LBY", "Libyan armed group",
         ["gunmen from a Libyan militia", "the attackers", "the Kufra Shield Brigade, an armed group",
          "the group||the group's convoys", "The militia", "it||it warned", "its fighters"]),
        ("gnu", "Government of National Unity (Libya)", "government", "LBY", "Libyan government",
         ["Libya's Government of National Unity", "GNU", "Tripoli", "Tripoli@2",
          "the two governments"]),
        ("ghariani", "Salem Ghariani", "person", "LBY", "GNU foreign minister",
         ["Its foreign minister, Salem Ghariani"]),
        ("au", "African Union", "igo", None, None, ["The African Union", "AU"]),
    ],
    events=[
        E("deployed", "MOBILIZE", "deployed", "occurred", a=["egy"], mode="troops", ctx=["military"],
          loc=("western border", "Egypt–Libya border", "EGY"), rb="eaf", inst="border-deployment"),
        E("attacked", "ASSAULT", "attacked", "occurred", a=["militia"], r=["eaf"], mode="firearms",
          ctx=["military"], time=("Saturday", "2025-09-20"), loc=("Salloum", "Salloum", "EGY"),
          rb="eaf", inst="salloum-attack"),
        E("killing", "ASSAULT", "killing", "occurred", a=["militia"], r=["eaf"], mode="firearms",
          ctx=["military"], time=(None, "2025-09-20"), loc=(None, "Salloum", "EGY"), rb="eaf",
          inst="salloum-attack"),
        E("struck", "ASSAULT", "struck", "occurred", a=["eaf"], r=["militia"], mode="aerial",
          ctx=["military"], time=("hours later", None), loc=("Jaghbub", "Jaghbub", "LBY"),
          rb="mansour", inst="jaghbub-strike"),
        E("destroying", "ASSAULT", "destroying", "occurred", a=["eaf"], r=["militia"],
          mode="aerial", ctx=["military"], loc=(None, "Jaghbub", "LBY"), rb="mansour",
          inst="jaghbub-strike"),
        E("condemned", "ACCUSE", "condemned", "occurred", a=["gnu"], r=["militia"],
          mode="disapprove", inst="gnu-condemnation"),
        E("raid", "ASSAULT", "raid", "occurred", a=["militia"], r=["eaf"], ctx=["military"],
          time=(None, "2025-09-20"), loc=(None, "Salloum", "EGY"), inst="salloum-attack"),
        E("criticised", "ACCUSE", "criticised", "occurred", a=["gnu"], r=["eaf"],
          mode="disapprove", ctx=["territory"], inst="gnu-criticism"),
        E("airstrike", "ASSAULT", "air strike", "occurred", a=["eaf"], r=["militia"],
          mode="aerial", ctx=["military"], loc=(None, "Jaghbub", "LBY"), inst="jaghbub-strike"),
        E("investigation", "ACCUSE", "investigation", "occurred", a=["gnu"], mode="investigate",
          rb="ghariani", inst="gnu-investigation"),
        E("handover", "COOPERATE", "hand over", "hypothetical", a=["gnu"], r=["egy"],
          ctx=["legal"], rb="ghariani", inst="suspect-handover"),
        E("halted", "RETREAT", "halted", "hypothetical", a=["egy"], mode="ceasefire",
          ctx=["military"], rb="ghariani", inst="strike-halt"),
        E("involvement", "ASSAULT", "involvement", "negated", a=["militia"], r=["eaf"],
          rb="militia", inst="salloum-attack"),
        E("warned", "THREATEN", "warned", "occurred", a=["militia"], r=["eaf"], mode="violence",
          inst="militia-threat"),
        E("retaliate", "ASSAULT", "retaliate", "hypothetical", a=["militia"], r=["eaf"],
          rb="militia", inst="militia-retaliation"),
        E("bombing", "ASSAULT", "bombing", "hypothetical", a=["eaf"], r=["militia"], mode="aerial",
          ctx=["military"], rb="militia", inst="continued-bombing"),
        E("calledon", "REQUEST", "called on", "occurred", a=["au"], r=["egy", "gnu"],
          ctx=["diplomatic"], inst="au-restraint-call"),
        E("offered", "AGREE", "offered", "occurred", a=["au"], r=["egy", "gnu"],
          ctx=["diplomatic"], inst="au-mediation-offer"),
        E("mediate", "CONSULT", "mediate", "desired", a=["au"], r=["egy", "gnu"],
          mode="third-party", ctx=["diplomatic"], rb="au", inst="au-mediation"),
    ],
    stances=[
        ("S1", "gnu", "raid", "oppose", "condemned"),
        ("S2", "gnu", "airstrike", "oppose", "criticised"),
    ],
    conds=[
        ("C1", "provided", "provided that", ["halted"], ["handover"], "ghariani"),
        ("C2", "if", "if", ["bombing"], ["retaliate"], "militia"),
    ],
))


# ---------------------------------------------------------------------------------------------
# 04 Saudi Arabia and Yemen: official statement quoted at length
DOCS.append(dict(
    id="blind21-04-coalition-statement-jazan",
    title="Saudi-led coalition says Houthi missiles violated truce",
    published="2025-04-17",
    text=(
        "RIYADH — The Saudi-led coalition fighting in Yemen issued the following statement on "
        "Wednesday, after Houthi forces fired two ballistic missiles towards the southern Saudi city "
        "of Jazan. The full text, carried by the Saudi Press Agency (SPA), reads:\n\n"
        "\"At 21:40 on Tuesday, the coalition's air defences intercepted two ballistic missiles "
        "launched by the terrorist Houthi militia from Saada towards civilian areas in Jazan. There "
        "were no casualties.\n\n"
        "\"This hostile act is a flagrant violation of the truce announced under United Nations "
        "auspices and of the commitments the Houthis made in Muscat. The coalition blames the militia "
        "for this escalation and reserves the right to respond to any future attack with all "
        "necessary measures.\n\n"
        "\"The coalition will continue to observe the truce as long as the other side respects it. It "
        "will also continue to facilitate the entry of fuel ships into the port of Hodeidah, and "
        "calls on the United Nations envoy to press the Houthis to release all detainees, as agreed "
        "in the last round of talks.\"\n\n"
        "A Houthi spokesman, Abdulrahman al-Mutawakkil, rejected the statement, saying the launches "
        "were a response to coalition air raids on Saada.\n"
    ),
    actors=[
        ("coal", "Saudi-led coalition", "igo", None, "Saudi-led military coalition in Yemen",
         ["The Saudi-led coalition", "the coalition's air defences", "The coalition",
          "The coalition@2", "It||It will also"]),
        ("houthis", "Houthis (Ansar Allah)", "group", "YEM", "Yemeni armed movement",
         ["Houthi forces", "the terrorist Houthi militia", "the Houthis", "the militia",
          "the other side", "the Houthis@2"]),
        ("spa", "Saudi Press Agency", "media", "SAU", None, ["the Saudi Press Agency", "SPA"]),
        ("un", "United Nations", "igo", None, None, ["United Nations"]),
        ("envoy", "UN envoy for Yemen", "person", None, "United Nations envoy",
         ["the United Nations envoy"]),
        ("mutawakkil", "Abdulrahman al-Mutawakkil", "person", "YEM", "Houthi spokesman",
         ["A Houthi spokesman, Abdulrahman al-Mutawakkil"]),
    ],
    events=[
        E("fired", "ASSAULT", "fired", "occurred", a=["houthis"], mode="heavy-weapons",
          ctx=["military"], time=(None, "2025-04-15"), loc=("Jazan", "Jazan", "SAU"),
          inst="jazan-missiles"),
        E("launched", "ASSAULT", "launched", "occurred", a=["houthis"], mode="heavy-weapons",
          ctx=["military"], time=("21:40 on Tuesday", "2025-04-15T21:40"),
          loc=("Jazan@2", "Jazan", "SAU"), rb="coal", inst="jazan-missiles"),
        E("act", "ASSAULT", "hostile act", "occurred", a=["houthis"], ctx=["military"], rb="coal",
          inst="jazan-missiles"),
        E("violation", "REJECT", "violation", "occurred", a=["houthis"], r=["coal"],
          ctx=["military"], rb="coal", inst="truce-violation"),
        E("truce1", "RETREAT", "truce", "ongoing", a=["coal", "houthis"], mode="ceasefire",
          ctx=["military"], rb="coal", inst="un-truce"),
        E("commitments", "AGREE", "commitments", "occurred", a=["houthis"],
          loc=("Muscat", "Muscat", "OMN"), rb="coal", inst="muscat-commitments"),
        E("blames", "ACCUSE", "blames", "occurred", a=["coal"], r=["houthis"], mode="allege",
          inst="coalition-blame"),
        E("escalation", "ASSAULT", "escalation", "occurred", a=["houthis"], ctx=["military"],
          rb="coal", inst="jazan-missiles"),
        E("reserves", "THREATEN", "reserves the right", "occurred", a=["coal"], r=["houthis"],
          mode="violence", ctx=["military"], inst="coalition-threat"),
        E("respond", "ASSAULT", "respond", "hypothetical", a=["coal"], r=["houthis"],
          ctx=["military"], rb="coal", inst="coalition-response"),
        E("attack", "ASSAULT", "attack", "hypothetical", a=["houthis"], r=["coal"],
          ctx=["military"], rb="coal", inst="future-attack"),
        E("observe", "RETREAT", "observe", "hypothetical", a=["coal"], mode="ceasefire",
          ctx=["military"], rb="coal", inst="un-truce"),
        E("respects", "RETREAT", "respects", "hypothetical", a=["houthis"], mode="ceasefire",
          ctx=["military"], rb="coal", inst="un-truce"),
        E("facilitate", "RETREAT", "facilitate", "planned", a=["coal"], ctx=["human_security"],
          loc=("Hodeidah", "Hodeidah", "YEM"), rb="coal", inst="hodeidah-fuel-access"),
        E("callson", "REQUEST", "calls on", "occurred", a=["coal"], r=["envoy"],
          inst="coalition-request"),
        E("press", "REQUEST", "press", "desired", a=["envoy"], r=["houthis"], mode="yield",
          rb="coal", inst="envoy-pressure"),
        E("release", "RETREAT", "release", "desired", a=["houthis"], mode="release",
          ctx=["human_rights"], rb="coal", inst="detainee-release"),
        E("agreed", "AGREE", "agreed", "occurred", a=["coal", "houthis"], rb="coal",
          inst="release-agreement"),
        E("talks", "CONSULT", "talks", "occurred", a=["coal", "houthis"], ctx=["diplomatic"],
          rb="coal", inst="last-talks"),
        E("rejected", "REJECT", "rejected", "occurred", a=["mutawakkil"], r=["coal"],
          inst="houthi-rejection"),
        E("launches", "ASSAULT", "launches", "occurred", a=["houthis"], ctx=["military"],
          rb="mutawakkil", inst="jazan-missiles"),
        E("airraids", "ASSAULT", "air raids", "occurred", a=["coal"], r=["houthis"], mode="aerial",
          ctx=["military"], loc=("Saada@2", "Saada", "YEM"), rb="mutawakkil", inst="saada-raids"),
    ],
    stances=[
        ("S1", "mutawakkil", ("span", "the statement"), "oppose", "rejected"),
    ],
    conds=[
        ("C1", "provided", "as long as", ["respects"], ["observe"], "coal"),
    ],
))


# ---------------------------------------------------------------------------------------------
# 05 Ethiopia and Eritrea: analysis paragraph
DOCS.append(dict(
    id="blind21-05-ethiopia-eritrea-analysis",
    title="Analysis: Ethiopia's sea ambitions put Eritrea on edge",
    published="2025-10-08",
    text=(
        "ADDIS ABABA — Ethiopia's insistence that it needs access to the Red Sea has done more than "
        "unsettle its neighbours: it has revived fears of a new war with Eritrea. Prime Minister Dawit "
        "Alemu told parliament last month that Ethiopia would seek a port \"through peaceful means\", "
        "but he has refused to rule out force if negotiations fail.\n\n"
        "Asmara hears a threat in that language. Eritrea has mobilised reservists along the border "
        "since August, according to diplomats in the region, and its information minister, Berhane "
        "Tekeste, has accused Addis Ababa of preparing an invasion of the port of Assab, a charge the "
        "Ethiopian government denies.\n\n"
        "Neither side can afford a conflict. Ethiopia is still recovering from the Tigray war, which "
        "ended with the 2022 Pretoria agreement, and Eritrea, which fought alongside federal troops, "
        "was excluded from that deal and has never endorsed it.\n\n"
        "Unless the two governments open direct talks, a single clash on the border could turn into a "
        "full-scale war. Washington and Brussels have urged restraint, but their leverage in Asmara "
        "is limited. The African Union (AU) hopes to host both sides in Addis Ababa before the end of "
        "the year, though Eritrea has boycotted AU meetings in the past.\n"
    ),
    actors=[
        ("eth", "Ethiopia", "government", "ETH", "Ethiopian government",
         ["Ethiopia", "it||it needs", "its||its neighbours", "Ethiopia@2", "Addis Ababa",
          "the Ethiopian government", "Neither side", "Ethiopia@3", "federal troops",
          "the two governments", "both sides"]),
        ("eri", "Eritrea", "government", "ERI", "Eritrean government",
         ["Eritrea", "Asmara", "Eritrea@2", "Neither side", "Eritrea@3", "the two governments",
          "Asmara@2", "both sides", "Eritrea@4"]),
        ("dawit", "Dawit Alemu", "person", "ETH", "Prime Minister of Ethiopia",
         ["Prime Minister Dawit Alemu", "he||he has refused"]),
        ("tekeste", "Berhane Tekeste", "person", "ERI", "Eritrean information minister",
         ["its information minister, Berhane Tekeste"]),
        ("usa", "United States", "government", "USA", "US government", ["Washington", "their"]),
        ("eu", "European Union", "igo", None, None, ["Brussels", "their"]),
        ("au", "African Union", "igo", None, None, ["The African Union", "AU"]),
    ],
    events=[
        E("insistence", "REQUEST", "insistence", "occurred", a=["eth"], ctx=["territory"],
          inst="sea-access-demand"),
        E("war1", "ASSAULT", "war", "hypothetical", a=["eth", "eri"], ctx=["military"],
          inst="eth-eri-war"),
        E("seek", "REQUEST", "seek", "planned", a=["eth"], ctx=["territory"], rb="dawit",
          inst="port-seeking"),
        E("ruleout", "THREATEN", "refused to rule out", "occurred", a=["dawit"], mode="violence",
          ctx=["military"], inst="dawit-threat"),
        E("force", "ASSAULT", "force", "hypothetical", a=["eth"], ctx=["military"], rb="dawit",
          inst="ethiopian-force"),
        E("negotiations", "CONSULT", "negotiations", "hypothetical", a=["eth"], rb="dawit",
          inst="port-negotiations"),
        E("fail", "OTHER", "fail", "hypothetical", rb="dawit", inst="negotiations-fail"),
        E("threat", "THREATEN", "threat", "occurred", a=["dawit"], r=["eri"], mode="violence",
          ctx=["military"], inst="dawit-threat"),
        E("mobilised", "MOBILIZE", "mobilised", "ongoing", a=["eri"], r=["eth"], mode="troops",
          ctx=["military"], time=("August", "2025-08"),
          loc=("border", "Eritrea–Ethiopia border", None), inst="eritrea-mobilisation"),
        E("accused", "ACCUSE", "accused", "occurred", a=["tekeste"], r=["eth"], mode="allege",
          inst="assab-accusation"),
        E("invasion", "ASSAULT", "invasion", "planned", a=["eth"], r=["eri"],
          ctx=["military", "territory"], loc=("Assab", "Assab", "ERI"), rb="tekeste",
          inst="assab-invasion"),
        E("charge", "ACCUSE", "charge", "occurred", a=["tekeste"], r=["eth"], mode="allege",
          inst="assab-accusation"),
        E("conflict", "ASSAULT", "conflict", "hypothetical", a=["eth", "eri"], ctx=["military"],
          inst="eth-eri-war"),
        E("war2", "ASSAULT", "war@2", "occurred", a=["eth", "eri"], ctx=["military"],
          loc=("Tigray", "Tigray", "ETH"), inst="tigray-war"),
        E("pretoria", "SUPPORT", "agreement", "occurred", a=["eth"], time=("2022", "2022"),
          loc=("Pretoria", "Pretoria", "ZAF"), inst="pretoria-agreement"),
        E("fought", "ASSAULT", "fought", "occurred", a=["eri", "eth"], ctx=["military"],
          inst="tigray-war"),
        E("deal", "SUPPORT", "deal", "occurred", a=["eth"], inst="pretoria-agreement"),
        E("endorsed", "SUPPORT", "endorsed", "negated", a=["eri"], inst="eritrea-endorsement"),
        E("talks", "CONSULT", "talks", "hypothetical", a=["eth", "eri"], ctx=["diplomatic"],
          inst="eth-eri-talks"),
        E("clash", "ASSAULT", "clash", "hypothetical", a=["eth", "eri"], ctx=["military"],
          loc=("border@2", "Eritrea–Ethiopia border", None), inst="border-clash"),
        E("war3", "ASSAULT", "war@3", "hypothetical", a=["eth", "eri"], ctx=["military"],
          inst="eth-eri-war"),
        E("urged", "REQUEST", "urged", "occurred", a=["usa", "eu"], r=["eth", "eri"],
          ctx=["diplomatic"], inst="western-restraint-call"),
        E("host", "CONSULT", "host", "desired", a=["eth", "eri"], r=["au"], mode="third-party",
          ctx=["diplomatic"], time=("before the end of the year", None),
          loc=("Addis Ababa@2", "Addis Ababa", "ETH"), inst="au-hosted-talks"),
        E("boycotted", "REJECT", "boycotted", "occurred", a=["eri"], r=["au"], mode="meet",
          inst="eritrea-au-boycott"),
        E("meetings", "CONSULT", "meetings", "occurred", a=["au"], mode="multilateral",
          inst="au-meetings"),
    ],
    stances=[
        ("S1", "eth", ("span", "access to the Red Sea"), "support", "needs"),
        ("S2", "dawit", "force", "neutral", "refused to rule out"),
        ("S3", "au", "host", "support", "hopes"),
    ],
    conds=[
        ("C1", "if", "if", ["fail"], ["force"], "dawit"),
        ("C2", "unless", "Unless", ["talks"], ["war3"], None),
    ],
))


# ---------------------------------------------------------------------------------------------
# 06 Cambodia and Laos: straight wire report with dateline
DOCS.append(dict(
    id="blind21-06-cambodia-laos-border-deal",
    title="Cambodia, Laos sign deal to settle last disputed border stretch",
    published="2025-02-12",
    text=(
        "PHNOM PENH, Feb 12 — Cambodia and Laos signed an agreement on Tuesday to demarcate the last "
        "disputed stretch of their 540-km border, ending a decade-old standoff that led to a brief "
        "military confrontation in 2017.\n\n"
        "The deal was signed in Vientiane by Cambodian Foreign Minister Keo Sothea and his Lao "
        "counterpart, Khamphet Sisavath, after two days of talks. Under the accord, a joint boundary "
        "commission will survey the area in Stung Treng province by the end of the year, and both "
        "sides will pull back border troops by five kilometres.\n\n"
        "\"My government chose dialogue over confrontation, and Vientiane did the same,\" Keo told "
        "reporters. Khamphet said Laos would also reopen the Trapeang Kriel crossing to traders next "
        "month.\n\n"
        "The Association of Southeast Asian Nations (ASEAN) welcomed the agreement. Cambodian "
        "opposition figures in exile, however, criticised it, saying the government had ceded land "
        "without consulting parliament. The Cambodian government rejected the charge.\n"
    ),
    actors=[
        ("khm", "Cambodia", "government", "KHM", "Cambodian government",
         ["Cambodia", "their||their 540-km", "both sides", "My government", "the government",
          "The Cambodian government"]),
        ("lao", "Laos", "government", "LAO", "Lao government",
         ["Laos", "their||their 540-km", "both sides", "Vientiane@2", "Laos@2"]),
        ("keo", "Keo Sothea", "person", "KHM", "Cambodian Foreign Minister",
         ["Cambodian Foreign Minister Keo Sothea", "Keo@2"]),
        ("khamphet", "Khamphet Sisavath", "person", "LAO", "Lao Foreign Minister",
         ["his Lao counterpart, Khamphet Sisavath", "Khamphet@2"]),
        ("commission", "Cambodia–Laos joint boundary commission", "igo", None, None,
         ["a joint boundary commission"]),
        ("asean", "Association of Southeast Asian Nations", "igo", None, None,
         ["The Association of Southeast Asian Nations", "ASEAN"]),
        ("opp", "Cambodian opposition in exile", "group", "KHM", None,
         ["Cambodian opposition figures in exile"]),
        ("parl", "Parliament of Cambodia", "government", "KHM", "Cambodian parliament",
         ["parliament"]),
    ],
    events=[
        E("signed1", "SUPPORT", "signed", "occurred", a=["khm", "lao"], ctx=["territory"],
          time=("Tuesday", "2025-02-11"), loc=(None, "Vientiane", "LAO"),
          inst="border-agreement"),
        E("demarcate", "COOPERATE", "demarcate", "planned", a=["khm", "lao"], ctx=["territory"],
          inst="border-demarcation"),
        E("confrontation", "MOBILIZE", "confrontation", "occurred", a=["khm", "lao"],
          mode="troops", ctx=["military", "territory"], time=("2017", "2017"),
          inst="standoff-2017"),
        E("signed2", "SUPPORT", "signed@2", "occurred", a=["keo", "khamphet"], ctx=["territory"],
          time=(None, "2025-02-11"), loc=("Vientiane", "Vientiane", "LAO"),
          inst="border-agreement"),
        E("talks", "CONSULT", "talks", "occurred", a=["keo", "khamphet"], ctx=["diplomatic"],
          loc=(None, "Vientiane", "LAO"), inst="vientiane-talks"),
        E("accord", "SUPPORT", "accord", "occurred", a=["khm", "lao"], ctx=["territory"],
          inst="border-agreement"),
        E("survey", "COOPERATE", "survey", "planned", a=["commission"], ctx=["territory"],
          time=("the end of the year", None), loc=("Stung Treng province", "Stung Treng", "KHM"),
          inst="border-demarcation"),
        E("pullback", "RETREAT", "pull back", "planned", a=["khm", "lao"], mode="withdraw",
          ctx=["military", "territory"], inst="troop-pullback"),
        E("reopen", "CONCEDE", "reopen", "planned", a=["lao"], ctx=["economic"],
          time=("next month", "2025-03"), rb="khamphet", inst="crossing-reopening"),
        E("welcomed", "SUPPORT", "welcomed", "occurred", a=["asean"], r=["khm", "lao"],
          ctx=["diplomatic"], inst="asean-welcome"),
        E("agreement2", "SUPPORT", "agreement@2", "occurred", a=["khm", "lao"], ctx=["territory"],
          inst="border-agreement"),
        E("criticised", "ACCUSE", "criticised", "occurred", a=["opp"], r=["khm"],
          mode="disapprove", inst="opposition-criticism"),
        E("ceded", "RETREAT", "ceded", "occurred", a=["khm"], r=["lao"], mode="withdraw",
          ctx=["territory"], rb="opp", inst="land-cession"),
        E("consulting", "CONSULT", "consulting", "negated", a=["khm"], r=["parl"],
          ctx=["legislative"], rb="opp", inst="parliament-consultation"),
        E("rejected", "REJECT", "rejected", "occurred", a=["khm"], r=["opp"],
          inst="government-rejection"),
        E("charge", "ACCUSE", "charge", "occurred", a=["opp"], r=["khm"], mode="allege",
          inst="opposition-criticism"),
    ],
    stances=[
        ("S1", "khm", ("span", "dialogue over confrontation"), "support", "chose"),
        ("S2", "lao", ("span", "dialogue over confrontation"), "support", "did the same"),
        ("S3", "asean", "agreement2", "support", "welcomed"),
        ("S4", "opp", "agreement2", "oppose", "criticised"),
        ("S5", "khm", "charge", "oppose", "rejected"),
    ],
    conds=[],
))


# ---------------------------------------------------------------------------------------------
# 07 Mongolia: protest / election story
DOCS.append(dict(
    id="blind21-07-ulaanbaatar-recount-protest",
    title="Thousands rally in Ulaanbaatar to demand by-election recount",
    published="2025-11-24",
    text=(
        "ULAANBAATAR — Thousands of protesters gathered on Sukhbaatar Square on Sunday to demand a "
        "recount in last week's parliamentary by-election in Bayanzurkh district, which the ruling "
        "Mongolian People's Party (MPP) won by fewer than 300 votes.\n\n"
        "The opposition Democratic Party (DP) accused election officials of blocking its observers "
        "from two polling stations during the count, and its candidate, Batbayar Solongo, said she "
        "would not concede defeat unless the General Election Commission (GEC) held a full recount.\n\n"
        "Police briefly detained 14 demonstrators who tried to block the entrance to the government "
        "building, a police spokesman said. All were released by the evening.\n\n"
        "The MPP called the allegations \"baseless\" and said it would accept a review by the "
        "Constitutional Court, but warned the opposition that it would not tolerate \"attempts to "
        "overturn the will of voters in the street\". The GEC said it would decide on Wednesday "
        "whether to open an investigation.\n\n"
        "The US and Japanese embassies urged all parties to respect the law.\n"
    ),
    actors=[
        ("protesters", "Bayanzurkh recount protesters", "group", "MNG", None,
         ["Thousands of protesters", "14 demonstrators", "All||All were released"]),
        ("mpp", "Mongolian People's Party", "organization", "MNG", "ruling party",
         ["the ruling Mongolian People's Party", "MPP", "The MPP", "it||it would accept",
          "it||it would not tolerate", "all parties"]),
        ("dp", "Democratic Party (Mongolia)", "organization", "MNG", "opposition party",
         ["The opposition Democratic Party", "DP", "its observers", "the opposition",
          "all parties"]),
        ("officials", "Bayanzurkh election officials", "other", "MNG", "election officials",
         ["election officials"]),
        ("solongo", "Batbayar Solongo", "person", "MNG", "DP candidate",
         ["its candidate, Batbayar Solongo", "she||she would not"]),
        ("gec", "General Election Commission (Mongolia)", "government", "MNG", None,
         ["the General Election Commission", "GEC", "The GEC", "it||it would decide"]),
        ("police", "Mongolian police", "government", "MNG", "police", ["Police"]),
        ("spokesman", "Mongolian police spokesman", "person", "MNG", "police spokesman",
         ["a police spokesman"]),
        ("court", "Constitutional Court of Mongolia", "government", "MNG", None,
         ["the Constitutional Court"]),
        ("usa", "United States", "government", "USA", "US embassy in Ulaanbaatar",
         ["The US and Japanese embassies"]),
        ("jpn", "Japan", "government", "JPN", "Japanese embassy in Ulaanbaatar",
         ["The US and Japanese embassies"]),
    ],
    events=[
        E("gathered", "PROTEST", "gathered", "occurred", a=["protesters"], mode="demo",
          ctx=["election"], time=("Sunday", "2025-11-23"),
          loc=("Sukhbaatar Square", "Sukhbaatar Square, Ulaanbaatar", "MNG"),
          inst="recount-protest"),
        E("demand", "REQUEST", "demand", "occurred", a=["protesters"], mode="change",
          ctx=["election"], time=(None, "2025-11-23"), inst="recount-demand"),
        E("recount1", "OTHER", "recount", "desired", rb="protesters", inst="recount"),
        E("accused", "ACCUSE", "accused", "occurred", a=["dp"], r=["officials"], mode="allege",
          ctx=["election"], inst="dp-allegations"),
        E("blocking", "COERCE", "blocking", "occurred", a=["officials"], r=["dp"],
          mode="restrict", ctx=["election"], rb="dp", inst="observer-blocking"),
        E("concede", "CONCEDE", "concede", "hypothetical", a=["solongo"], r=["mpp"],
          ctx=["election"], rb="solongo", inst="solongo-concession"),
        E("recount2", "OTHER", "recount@2", "hypothetical", a=["gec"], rb="solongo",
          inst="recount"),
        E("detained", "COERCE", "detained", "occurred", a=["police"], r=["protesters"],
          mode="arrest", ctx=["election"], rb="spokesman", inst="protester-detentions"),
        E("block", "PROTEST", "block", "occurred", a=["protesters"], mode="obstruct",
          ctx=["election"], loc=("the government building", "Government Palace, Ulaanbaatar", "MNG"),
          rb="spokesman", inst="building-blockade"),
        E("released", "RETREAT", "released", "occurred", a=["police"], r=["protesters"],
          mode="release", inst="protester-release"),
        E("allegations", "ACCUSE", "allegations", "occurred", a=["dp"], r=["officials"],
          mode="allege", ctx=["election"], inst="dp-allegations"),
        E("accept", "AGREE", "accept", "occurred", a=["mpp"], ctx=["election"], rb="mpp",
          inst="mpp-review-acceptance"),
        E("review", "ACCUSE", "review", "hypothetical", a=["court"], mode="investigate",
          ctx=["legal", "election"], rb="mpp", inst="court-review"),
        E("warned", "THREATEN", "warned", "occurred", a=["mpp"], r=["dp"], ctx=["election"],
          inst="mpp-warning"),
        E("investigation", "ACCUSE", "investigation", "hypothetical", a=["gec"],
          mode="investigate", ctx=["election"], rb="gec", inst="gec-investigation"),
        E("urged", "REQUEST", "urged", "occurred", a=["usa", "jpn"], r=["mpp", "dp"],
          ctx=["election"], inst="embassy-appeal"),
    ],
    stances=[
        ("S1", "mpp", "allegations", "oppose", "baseless"),
        ("S2", "mpp", ("span", "attempts to overturn the will of voters in the street"), "oppose",
         "would not tolerate"),
    ],
    conds=[
        ("C1", "only_if", "unless", ["recount2"], ["concede"], "solongo"),
    ],
))


# ---------------------------------------------------------------------------------------------
# 08 Brazil: court / parliamentary procedure story
DOCS.append(dict(
    id="blind21-08-stf-para-mining-decree",
    title="Brazil's top court suspends Pará decree opening Amazon reserves to mining",
    published="2025-08-28",
    text=(
        "BRASÍLIA — Brazil's Supreme Federal Court (STF) on Wednesday suspended a Pará state "
        "government decree that would have opened protected areas of the Amazon to mining, ruling "
        "that the measure violated environmental protections in the constitution.\n\n"
        "Justice Helena Vasconcelos, who wrote the decision, ordered the state government to hold "
        "consultations with affected Indigenous communities within 60 days. Unless it does so, the "
        "decree will be annulled permanently, she wrote.\n\n"
        "Governor Rogério Paiva criticised the ruling as \"judicial activism\" and said his "
        "administration would appeal to the full court. The Articulation of Indigenous Peoples of "
        "Brazil (APIB), which brought the case in March, praised the decision. \"The court has "
        "listened to the forest peoples,\" said its coordinator, Raquel Tapajó.\n\n"
        "In Congress, the agribusiness caucus said it wanted a vote this month on a bill curbing the "
        "court's powers over state decrees. Senate President Otávio Lins said the chamber would not "
        "vote on the bill before the October recess unless party leaders reached a broad consensus.\n"
    ),
    actors=[
        ("stf", "Supreme Federal Court", "government", "BRA", "Brazilian supreme court",
         ["Brazil's Supreme Federal Court", "STF", "the full court", "The court",
          "the court||the court's powers"]),
        ("para", "Pará state government", "government", "BRA", "state government of Pará",
         ["Pará state government", "the state government", "it||it does so",
          "his administration"]),
        ("vasconcelos", "Helena Vasconcelos", "person", "BRA", "STF justice",
         ["Justice Helena Vasconcelos", "she||she wrote"]),
        ("communities", "Indigenous communities of Pará", "group", "BRA", None,
         ["affected Indigenous communities"]),
        ("paiva", "Rogério Paiva", "person", "BRA", "Governor of Pará",
         ["Governor Rogério Paiva"]),
        ("apib", "Articulation of Indigenous Peoples of Brazil", "organization", "BRA", None,
         ["The Articulation of Indigenous Peoples of Brazil", "APIB"]),
        ("tapajo", "Raquel Tapajó", "person", "BRA", "APIB coordinator",
         ["its coordinator, Raquel Tapajó"]),
        ("caucus", "agribusiness caucus", "organization", "BRA", "congressional caucus",
         ["the agribusiness caucus", "it||it wanted"]),
        ("lins", "Otávio Lins", "person", "BRA", "President of the Federal Senate",
         ["Senate President Otávio Lins"]),
        ("senate", "Federal Senate", "government", "BRA", "upper house of Congress",
         ["the chamber"]),
        ("leaders", "party leaders in the Senate", "group", "BRA", None, ["party leaders"]),
    ],
    events=[
        E("suspended", "SANCTION", "suspended", "occurred", a=["stf"], r=["para"], mode="convict",
          ctx=["legal", "environment"], time=("Wednesday", "2025-08-27"), inst="stf-ruling"),
        E("decision1", "SANCTION", "decision", "occurred", a=["stf"], r=["para"], mode="convict",
          ctx=["legal", "environment"], inst="stf-ruling"),
        E("ordered", "REQUEST", "ordered", "occurred", a=["vasconcelos"], r=["para"],
          ctx=["legal"], inst="consultation-order"),
        E("consultations", "CONSULT", "consultations", "desired", a=["para"], r=["communities"],
          ctx=["human_rights"], time=("within 60 days", None), rb="vasconcelos",
          inst="indigenous-consultations"),
        E("annulled", "SANCTION", "annulled", "hypothetical", a=["stf"], r=["para"],
          mode="convict", ctx=["legal", "environment"], rb="vasconcelos", inst="decree-annulment"),
        E("criticised", "ACCUSE", "criticised", "occurred", a=["paiva"], r=["stf"],
          mode="disapprove", inst="paiva-criticism"),
        E("ruling2", "SANCTION", "ruling@2", "occurred", a=["stf"], r=["para"], mode="convict",
          ctx=["legal", "environment"], inst="stf-ruling"),
        E("appeal", "REJECT", "appeal", "planned", a=["para"], r=["stf"], ctx=["legal"],
          rb="paiva", inst="para-appeal"),
        E("case", "ACCUSE", "case", "occurred", a=["apib"], r=["para"], mode="allege",
          ctx=["legal", "environment"], time=("March", "2025-03"), inst="apib-lawsuit"),
        E("praised", "SUPPORT", "praised", "occurred", a=["apib"], r=["stf"], inst="apib-praise"),
        E("decision2", "SANCTION", "decision@2", "occurred", a=["stf"], r=["para"],
          mode="convict", ctx=["legal", "environment"], inst="stf-ruling"),
        E("vote1", "OTHER", "vote", "desired", ctx=["legislative"], time=("this month", "2025-08"),
          rb="caucus", inst="curb-bill-vote"),
        E("vote2", "OTHER", "vote@2", "hypothetical", a=["senate"], ctx=["legislative"],
          time=("before the October recess", None), rb="lins", inst="curb-bill-vote"),
        E("consensus", "SUPPORT", "consensus", "hypothetical", a=["leaders"],
          ctx=["legislative"], rb="lins", inst="leaders-consensus"),
    ],
    stances=[
        ("S1", "paiva", "ruling2", "oppose", "criticised"),
        ("S2", "apib", "decision2", "support", "praised"),
        ("S3", "caucus", "vote1", "support", "wanted"),
    ],
    conds=[
        ("C1", "unless", "Unless", ["consultations"], ["annulled"], "vasconcelos"),
        ("C2", "only_if", "unless", ["consensus"], ["vote2"], "lins"),
    ],
))


# ---------------------------------------------------------------------------------------------
# 09 Cuba and Nicaragua: report heavy in reported speech and quotes
DOCS.append(dict(
    id="blind21-09-havana-managua-solidarity",
    title="Cuba and Nicaragua vow to stand together against US sanctions",
    published="2025-05-21",
    text=(
        "HAVANA — \"Cuba and Nicaragua will not bow to pressure from Washington,\" Cuban Foreign "
        "Minister Ernesto Vidal said on Tuesday after talks in Havana with his Nicaraguan "
        "counterpart, Maritza Gutiérrez. \"Whoever punishes one of us punishes both.\"\n\n"
        "Vidal said the two governments had agreed to expand barter trade in rice, sugar and "
        "medicines, and that Havana would send 300 doctors to Nicaraguan hospitals by July. \"Our "
        "doctors go where they are needed, as long as we are asked,\" he said.\n\n"
        "Gutiérrez thanked Cuba for its \"unconditional solidarity\" and condemned the sanctions that "
        "the US Treasury imposed last week on three Nicaraguan officials. \"They want to starve our "
        "peoples into surrender. They will fail,\" she said. Asked whether Managua would expel the "
        "remaining US diplomats, she replied: \"We will do it if they keep attacking our "
        "sovereignty.\"\n\n"
        "The State Department did not respond to a request for comment. On Monday, a department "
        "spokesman, Kevin Hale, said Washington would lift the measures only if Managua freed "
        "political prisoners.\n"
    ),
    actors=[
        ("cub", "Cuba", "government", "CUB", "Cuban government",
         ["Cuba", "us||one of us", "both||punishes both", "the two governments", "Havana@2",
          "Our", "we||we are asked", "Cuba@2", "its||its \"unconditional", "our||our peoples"]),
        ("nic", "Nicaragua", "government", "NIC", "Nicaraguan government",
         ["Nicaragua", "us||one of us", "both||punishes both", "the two governments",
          "our||our peoples", "Managua", "We||We will do it", "our||our sovereignty",
          "Managua@2"]),
        ("usa", "United States", "government", "USA", "US government",
         ["Washington", "They@1", "They@2", "the remaining US diplomats", "they||they keep",
          "Washington@2"]),
        ("vidal", "Ernesto Vidal", "person", "CUB", "Cuban Foreign Minister",
         ["Cuban Foreign Minister Ernesto Vidal", "Vidal@2", "he||he said"]),
        ("gutierrez", "Maritza Gutiérrez", "person", "NIC", "Nicaraguan Foreign Minister",
         ["his Nicaraguan counterpart, Maritza Gutiérrez", "Gutiérrez@2", "she||she said",
          "she||she replied"]),
        ("treasury", "US Treasury", "government", "USA", "US Department of the Treasury",
         ["the US Treasury"]),
        ("officials", "sanctioned Nicaraguan officials", "government", "NIC", None,
         ["three Nicaraguan officials"]),
        ("statedept", "US State Department", "government", "USA", None,
         ["The State Department"]),
        ("hale", "Kevin Hale", "person", "USA", "State Department spokesman",
         ["a department spokesman, Kevin Hale"]),
        ("prisoners", "political prisoners in Nicaragua", "group", "NIC", None,
         ["political prisoners"]),
    ],
    events=[
        E("bow", "CONCEDE", "bow", "negated", a=["cub", "nic"], r=["usa"], rb="vidal",
          inst="bow-to-us"),
        E("talks", "CONSULT", "talks", "occurred", a=["gutierrez"], r=["vidal"], mode="visit",
          ctx=["diplomatic"], time=("Tuesday", "2025-05-20"), loc=("Havana", "Havana", "CUB"),
          inst="havana-talks"),
        E("punishes1", "SANCTION", "punishes", "hypothetical", r=["cub", "nic"], rb="vidal",
          inst="punish-one"),
        E("punishes2", "SANCTION", "punishes@2", "hypothetical", r=["cub", "nic"], rb="vidal",
          inst="punish-both"),
        E("agreed", "AGREE", "agreed", "occurred", a=["cub", "nic"], ctx=["economic"], rb="vidal",
          inst="barter-agreement"),
        E("expand", "COOPERATE", "expand", "planned", a=["cub", "nic"], ctx=["economic"],
          rb="vidal", inst="barter-expansion"),
        E("send", "AID", "send", "planned", a=["cub"], r=["nic"], ctx=["health"],
          time=("July", "2025-07"), rb="vidal", inst="doctors-aid"),
        E("go", "AID", "go", "hypothetical", a=["cub"], ctx=["health"], rb="vidal",
          inst="doctors-abroad"),
        E("asked", "REQUEST", "asked", "hypothetical", r=["cub"], mode="assist", rb="vidal",
          inst="doctors-request"),
        E("thanked", "SUPPORT", "thanked", "occurred", a=["gutierrez"], r=["cub"],
          inst="gutierrez-thanks"),
        E("solidarity", "SUPPORT", "solidarity", "occurred", a=["cub"], r=["nic"], rb="gutierrez",
          inst="cuban-solidarity"),
        E("condemned", "ACCUSE", "condemned", "occurred", a=["gutierrez"], r=["treasury"],
          mode="disapprove", inst="gutierrez-condemnation"),
        E("sanctions", "SANCTION", "sanctions", "occurred", a=["treasury"], r=["officials"],
          ctx=["economic"], time=("last week", "2025-05"), inst="us-sanctions"),
        E("starve", "COERCE", "starve", "desired", a=["usa"], r=["cub", "nic"], mode="withhold",
          rb="gutierrez", inst="starve"),
        E("surrender", "CONCEDE", "surrender", "desired", a=["cub", "nic"], r=["usa"],
          rb="gutierrez", inst="surrender"),
        E("expel", "SANCTION", "expel", "hypothetical", a=["nic"], r=["usa"], mode="expel",
          ctx=["diplomatic"], rb="gutierrez", inst="diplomat-expulsion"),
        E("attacking", "OTHER", "attacking", "hypothetical", a=["usa"], r=["nic"],
          rb="gutierrez", inst="sovereignty-attacks"),
        E("lift", "CONCEDE", "lift", "hypothetical", a=["usa"], r=["nic"], ctx=["economic"],
          rb="hale", inst="sanctions-lifting"),
        E("measures", "SANCTION", "measures", "occurred", a=["treasury"], r=["officials"],
          ctx=["economic"], rb="hale", inst="us-sanctions"),
        E("freed", "RETREAT", "freed", "hypothetical", a=["nic"], r=["prisoners"], mode="release",
          ctx=["human_rights"], rb="hale", inst="prisoner-release"),
    ],
    stances=[
        ("S1", "gutierrez", "solidarity", "support", "thanked"),
        ("S2", "gutierrez", "sanctions", "oppose", "condemned"),
        ("S3", "usa", "starve", "support", "want"),
    ],
    conds=[
        ("C1", "provided", "as long as", ["asked"], ["go"], "vidal"),
        ("C2", "if", "if", ["attacking"], ["expel"], "gutierrez"),
        ("C3", "only_if", "only if", ["freed"], ["lift"], "hale"),
    ],
))


# ---------------------------------------------------------------------------------------------
# 10 Australia and Papua New Guinea: Q&A / interview excerpt
DOCS.append(dict(
    id="blind21-10-png-security-interview",
    title="Interview: PNG minister on Australian police trainers and Enga violence",
    published="2025-07-03",
    text=(
        "PORT MORESBY — Papua New Guinea's Minister for Internal Security, Joseph Wamala, spoke to "
        "this newspaper about the police partnership with Australia and the violence in the "
        "Highlands. The interview has been edited for length.\n\n"
        "Q: Canberra has offered another 400 police trainers. Will you accept them?\n\n"
        "A: We welcome the offer, and we will accept it provided that our officers command every "
        "joint operation. Australia is a partner, not a supervisor. The Australian Federal Police "
        "(AFP) understand that.\n\n"
        "Q: Opposition MPs say the deal hands too much control to Canberra.\n\n"
        "A: They are wrong. Nobody is giving away sovereignty. The opposition voted for the first "
        "agreement in 2023, and now they criticise the second one because an election is coming.\n\n"
        "Q: Tribal fighting in Enga province killed 26 people last month. Will the army be "
        "deployed?\n\n"
        "A: If the police fail to restore order by the end of July, the Prime Minister will send in "
        "the Defence Force. He told me that himself. But first we will talk to the clan leaders. We "
        "have invited them to a peace meeting in Wabag on Monday.\n"
    ),
    actors=[
        ("wamala", "Joseph Wamala", "person", "PNG", "PNG Minister for Internal Security",
         ["Papua New Guinea's Minister for Internal Security, Joseph Wamala", "me"]),
        ("paper", "interviewing newspaper", "media", None, None, ["this newspaper"]),
        ("png", "Papua New Guinea", "government", "PNG", "PNG government",
         ["you||Will you accept", "We@1", "we@1", "we@2", "We@2"]),
        ("aus", "Australia", "government", "AUS", "Australian government",
         ["Australia", "Canberra", "Australia@2", "Canberra@2"]),
        ("rpngc", "Royal Papua New Guinea Constabulary", "government", "PNG", "PNG police",
         ["our officers", "the police@2"]),
        ("afp", "Australian Federal Police", "government", "AUS", None,
         ["The Australian Federal Police", "AFP"]),
        ("opp", "PNG parliamentary opposition", "organization", "PNG", None,
         ["Opposition MPs", "They||They are wrong", "The opposition", "they||they criticise"]),
        ("pngdf", "Papua New Guinea Defence Force", "government", "PNG", "PNG military",
         ["the army", "the Defence Force"]),
        ("pm", "Prime Minister of Papua New Guinea", "person", "PNG", "Prime Minister",
         ["the Prime Minister", "He||He told", "himself"]),
        ("clans", "Enga clan leaders", "group", "PNG", None,
         ["the clan leaders", "them||invited them"]),
    ],
    events=[
        E("partnership", "COOPERATE", "partnership", "ongoing", a=["png"], r=["aus"],
          inst="police-partnership"),
        E("violence", "ASSAULT", "violence", "ongoing",
          loc=("the Highlands", "Highlands Region", "PNG"), inst="highlands-violence"),
        E("offered", "AGREE", "offered", "occurred", a=["aus"], r=["png"],
          inst="aus-trainer-offer"),
        E("accept1", "AGREE", "accept", "hypothetical", a=["png"], r=["aus"],
          inst="trainer-acceptance"),
        E("welcome", "SUPPORT", "welcome", "occurred", a=["png"], r=["aus"], rb="wamala",
          inst="png-welcome"),
        E("offer", "AGREE", "offer", "occurred", a=["aus"], r=["png"], rb="wamala",
          inst="aus-trainer-offer"),
        E("accept2", "AGREE", "accept@2", "hypothetical", a=["png"], r=["aus"], rb="wamala",
          inst="trainer-acceptance"),
        E("command", "OTHER", "command", "hypothetical", a=["rpngc"], rb="wamala",
          inst="png-command"),
        E("deal", "SUPPORT", "deal", "occurred", a=["png", "aus"], rb="opp",
          inst="security-deal-2"),
        E("givingaway", "CONCEDE", "giving away", "negated", r=["aus"], rb="wamala",
          inst="sovereignty-giveaway"),
        E("votedfor", "SUPPORT", "voted for", "occurred", a=["opp"], ctx=["legislative"],
          time=("2023", "2023"), rb="wamala", inst="opposition-vote"),
        E("agreement", "SUPPORT", "agreement", "occurred", a=["png", "aus"],
          time=(None, "2023"), rb="wamala", inst="security-deal-1"),
        E("criticise", "ACCUSE", "criticise", "ongoing", a=["opp"], r=["png"], mode="disapprove",
          rb="wamala", inst="opposition-criticism"),
        E("fighting", "ASSAULT", "fighting", "occurred", time=("last month", "2025-06"),
          loc=("Enga province", "Enga", "PNG"), inst="enga-fighting"),
        E("killed", "ASSAULT", "killed", "occurred", time=(None, "2025-06"),
          loc=(None, "Enga", "PNG"), inst="enga-fighting"),
        E("deployed", "MOBILIZE", "deployed", "hypothetical", a=["pngdf"], mode="troops",
          ctx=["military"], inst="army-deployment"),
        E("fail", "OTHER", "fail", "hypothetical", a=["rpngc"], time=("the end of July", "2025-07"),
          rb="wamala", inst="police-failure"),
        E("sendin", "MOBILIZE", "send in", "hypothetical", a=["pm"], mode="troops",
          ctx=["military"], rb="wamala", inst="army-deployment"),
        E("talk", "CONSULT", "talk", "planned", a=["png"], r=["clans"], rb="wamala",
          inst="wabag-peace-meeting"),
        E("invited", "AGREE", "invited", "occurred", a=["png"], r=["clans"], rb="wamala",
          inst="peace-invitation"),
        E("meeting", "CONSULT", "meeting", "planned", a=["png"], r=["clans"],
          time=("Monday", "2025-07-07"), loc=("Wabag", "Wabag", "PNG"), rb="wamala",
          inst="wabag-peace-meeting"),
    ],
    stances=[
        ("S1", "png", "offer", "support", "welcome"),
        ("S2", "wamala", ("span", "the deal hands too much control to Canberra"), "oppose",
         "wrong"),
        ("S3", "opp", "deal", "oppose", "criticise"),
    ],
    conds=[
        ("C1", "provided", "provided that", ["command"], ["accept2"], "wamala"),
        ("C2", "if", "If", ["fail"], ["sendin"], "wamala"),
    ],
))
